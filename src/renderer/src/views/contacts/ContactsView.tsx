import { Button, makeStyles, Tab, TabList } from '@fluentui/react-components'
import { Add20Regular, ArrowImport20Regular } from '@fluentui/react-icons'
import type { Register } from '../../../../shared/contract/contacts'
import { useCommands } from '../../commands/CommandsProvider'
import { QueryStatus } from '../../components/QueryStatus'
import { SaveOutcome } from '../../components/SaveOutcome'
import { ViewPage } from '../../components/ViewPage'
import { useContactRegister } from '../../hooks/contacts/useContacts'
import type { ViewProps } from '../../navigation/views'
import { DeleteDialog } from './DeleteDialog'
import { EditContactDialog } from './EditContactDialog'
import { EraseDialog } from './EraseDialog'
import { ExportMenu } from './ExportMenu'
import { GroupsTab } from './GroupsTab'
import { ImportWizard } from './import/ImportWizard'
import { OrganisationsTab } from './OrganisationsTab'
import { PeopleTab } from './PeopleTab'
import { TEXTS } from './texts'
import { openIdOf, tabOf, useContactsPage, type TabId } from './useContactsPage'

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
      {(data) => <ContactsPage key={params.join('/')} register={data} initialTab={tabOf(params[0])} openId={openIdOf(params)} />}
    </QueryStatus>
  )
}

type Page = ReturnType<typeof useContactsPage>

function ContactsPage({ register, initialTab, openId }: { register: Register; initialTab: TabId; openId: string | null }) {
  const styles = useStyles()
  const page = useContactsPage(register, initialTab, initialTab === 'people' ? openId : null)
  const { tab, setOpen, exporter } = page
  const { search, setSearch, results, total } = page.search
  return (
    <ViewPage title={TEXTS.title} description={TEXTS.description} actions={<ContactsActions page={page} />}>
      <div role="status" className={styles.status}>
        <SaveOutcome result={exporter.data} error={exporter.error} texts={TEXTS.exported(exporter.data?.status === 'saved' ? exporter.data.count : 0)} />
      </div>
      <ContactTabs page={page} />
      {tab === 'people' && (
        <PeopleTab
          ref={page.people}
          register={register}
          search={search}
          onSearch={setSearch}
          results={results}
          total={total}
          selectedId={page.selectedId}
          onSelect={(c) => page.setSelectedId(c.id)}
          onOpen={(contact) => setOpen({ kind: 'edit', contact })}
          onDelete={(contact) => setOpen({ kind: 'delete', contact })}
        />
      )}
      {tab === 'organisations' && <OrganisationsTab register={register} openId={openId} onOpen={(contact) => setOpen({ kind: 'edit', contact })} />}
      {tab === 'groups' && <GroupsTab register={register} />}
      <OpenDialog page={page} register={register} />
    </ViewPage>
  )
}

/** Ny kontakt, Importera…, Exportera. */
function ContactsActions({ page }: { page: Page }) {
  const commands = useCommands()
  return (
    <>
      <Button appearance="primary" icon={<Add20Regular />} onClick={() => commands.run('contacts.new')}>
        {TEXTS.newContact}
      </Button>
      <Button icon={<ArrowImport20Regular />} onClick={page.startImport} disabledFocusable={page.importOpen.isPending}>
        {TEXTS.import}
      </Button>
      <ExportMenu exporter={page.exporter} visibleIds={page.search.results.map((r) => r.contact.id)} total={page.search.total} />
    </>
  )
}

function ContactTabs({ page }: { page: Page }) {
  const styles = useStyles()
  return (
    <TabList
      size="small"
      className={styles.tabs}
      selectedValue={page.tab}
      onTabSelect={(_e, data) => page.setTab(data.value as TabId)}
      aria-label={TEXTS.tabsLabel}
    >
      <Tab value="people">{TEXTS.tabs.people}</Tab>
      <Tab value="organisations">{TEXTS.tabs.organisations}</Tab>
      <Tab value="groups">{TEXTS.tabs.groups}</Tab>
    </TabList>
  )
}

/** The contact form, the delete or erase question, or the import wizard. */
function OpenDialog({ page, register }: { page: Page; register: Register }) {
  const { open, close, setOpen } = page
  if (open?.kind === 'edit') {
    return (
      <EditContactDialog
        row={open.contact}
        register={register}
        onClose={close}
        onSaved={page.saved}
        onErase={(contact) => setOpen({ kind: 'erase', contact })}
      />
    )
  }
  if (open?.kind === 'delete') return <DeleteDialog contact={open.contact} onClose={close} />
  if (open?.kind === 'erase') return <EraseDialog contact={open.contact} onClose={close} />
  if (open?.kind === 'import') return <ImportWizard preview={open.preview} register={register} onClose={close} />
  return null
}
