import { Button, makeStyles, Tab, TabList } from '@fluentui/react-components'
import { Add20Regular, ArrowImport20Regular } from '@fluentui/react-icons'
import { useRef, useState } from 'react'
import type { ImportPreview, Register } from '../../../../shared/contract/contacts'
import type { ContactRow } from '../../../../shared/contacts/search'
import { errorMessage } from '../../api/client'
import { useCommand, useCommands } from '../../commands/CommandsProvider'
import { QueryStatus } from '../../components/QueryStatus'
import { SaveOutcome } from '../../components/SaveOutcome'
import { useNotify } from '../../components/useNotify'
import { ViewPage } from '../../components/ViewPage'
import { useContactRegister } from '../../hooks/contacts/useContacts'
import { useExportContacts, useImportOpen } from '../../hooks/contacts/useContactFiles'
import type { ViewProps } from '../../navigation/views'
import { DeleteDialog } from './DeleteDialog'
import { EditContactDialog } from './EditContactDialog'
import { EraseDialog } from './EraseDialog'
import { ExportMenu } from './ExportMenu'
import { GroupsTab } from './GroupsTab'
import { ImportWizard } from './import/ImportWizard'
import { OrganisationsTab } from './OrganisationsTab'
import { PeopleTab, type PeopleTabHandle } from './PeopleTab'
import { TEXTS } from './texts'
import { useContactSearch } from './useContactSearch'

const TAB_IDS = ['people', 'organisations', 'groups'] as const
type TabId = (typeof TAB_IDS)[number]
/** #/contacts/organisations opens that tab (Översikt's cards link there). */
const tabOf = (param: string | undefined): TabId => TAB_IDS.find((t) => t === param) ?? 'people'
type Open =
  | { kind: 'edit'; contact: ContactRow | null }
  | { kind: 'delete' | 'erase'; contact: ContactRow }
  | { kind: 'import'; preview: ImportPreview }
  | null

const useStyles = makeStyles({
  tabs: { marginBottom: 0 },
  // The live region must exist before its message does, but while empty it takes no row
  // (and no gap) from the list: out of the flow, still in the accessibility tree.
  status: { '&:empty': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' } }
})

/** Kontakter: the register of people, organisations and groups; import, export and GDPR tools. */
export function ContactsView({ params }: ViewProps) {
  const register = useContactRegister()
  return (
    <QueryStatus query={register} what="kontakterna">
      {(data) => <ContactsPage key={params[0] ?? ''} register={data} initialTab={tabOf(params[0])} />}
    </QueryStatus>
  )
}

function ContactsPage({ register, initialTab }: { register: Register; initialTab: TabId }) {
  const styles = useStyles()
  const [tab, setTab] = useState<TabId>(initialTab)
  const [open, setOpen] = useState<Open>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const { search, setSearch, results, total } = useContactSearch(register)
  const people = useRef<PeopleTabHandle>(null)
  const importOpen = useImportOpen()
  const notify = useNotify()
  const close = () => {
    setOpen(null)
    // The dialog is unmounted, so focus would fall to the page: give it back to the list.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) people.current?.focusList()
    })
  }

  const startImport = () =>
    importOpen.mutate(undefined, {
      onSuccess: (preview) => preview && setOpen({ kind: 'import', preview }),
      onError: (error) => notify.error(TEXTS.failed, errorMessage(error))
    })
  const exporter = useExportContacts()
  const commands = useCommands()
  // Ctrl+N and Ctrl+F, as in Outlook; the registry keeps them from acting behind a dialog.
  useCommand('contacts.new', () => setOpen({ kind: 'edit', contact: null }))
  useCommand('contacts.find', () => {
    setTab('people')
    // The tab may be mounting; focus once it is there.
    requestAnimationFrame(() => people.current?.focusSearch())
  })
  const saved = (contact: { id: string }) => {
    // The person she just saved is the one selected (and scrolled to) in the list.
    setTab('people')
    setSelectedId(contact.id)
  }

  const actions = (
    <>
      <Button appearance="primary" icon={<Add20Regular />} onClick={() => commands.run('contacts.new')}>
        {TEXTS.newContact}
      </Button>
      <Button icon={<ArrowImport20Regular />} onClick={startImport} disabledFocusable={importOpen.isPending}>
        {TEXTS.import}
      </Button>
      <ExportMenu exporter={exporter} visibleIds={results.map((r) => r.contact.id)} total={total} />
    </>
  )

  return (
    <ViewPage title={TEXTS.title} description={TEXTS.description} actions={actions}>
      <div role="status" className={styles.status}>
        <SaveOutcome result={exporter.data} error={exporter.error} texts={TEXTS.exported(exporter.data?.status === 'saved' ? exporter.data.count : 0)} />
      </div>
      <TabList
        size="small"
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, data) => setTab(data.value as TabId)}
        aria-label={TEXTS.tabsLabel}
      >
        <Tab value="people">{TEXTS.tabs.people}</Tab>
        <Tab value="organisations">{TEXTS.tabs.organisations}</Tab>
        <Tab value="groups">{TEXTS.tabs.groups}</Tab>
      </TabList>
      {tab === 'people' && (
        <PeopleTab
          ref={people}
          register={register}
          search={search}
          onSearch={setSearch}
          results={results}
          total={total}
          selectedId={selectedId}
          onSelect={(c) => setSelectedId(c.id)}
          onOpen={(contact) => setOpen({ kind: 'edit', contact })}
          onDelete={(contact) => setOpen({ kind: 'delete', contact })}
        />
      )}
      {tab === 'organisations' && (
        <OrganisationsTab register={register} onOpen={(contact) => setOpen({ kind: 'edit', contact })} />
      )}
      {tab === 'groups' && <GroupsTab register={register} />}
      {open?.kind === 'edit' && (
        <EditContactDialog
          row={open.contact}
          register={register}
          onClose={close}
          onSaved={saved}
          onErase={(contact) => setOpen({ kind: 'erase', contact })}
        />
      )}
      {open?.kind === 'delete' && <DeleteDialog contact={open.contact} onClose={close} />}
      {open?.kind === 'erase' && <EraseDialog contact={open.contact} onClose={close} />}
      {open?.kind === 'import' && <ImportWizard preview={open.preview} register={register} onClose={close} />}
    </ViewPage>
  )
}
