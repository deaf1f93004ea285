import { useRef, useState } from 'react'
import type { ImportPreview, Register } from '../../../../shared/contract/contacts'
import type { ContactRow } from '../../../../shared/contacts/search'
import { errorMessage } from '../../api/client'
import { useCommand } from '../../commands/CommandsProvider'
import { useNotify } from '../../components/useNotify'
import { useExportContacts, useImportOpen } from '../../hooks/contacts/useContactFiles'
import type { PeopleTabHandle } from './PeopleTab'
import { TEXTS } from './texts'
import { useContactSearch } from './useContactSearch'

export const TAB_IDS = ['people', 'organisations', 'groups'] as const
export type TabId = (typeof TAB_IDS)[number]
/** #/contacts/organisations opens that tab (Översikt's cards link there). */
export const tabOf = (param: string | undefined): TabId => TAB_IDS.find((t) => t === param) ?? 'people'
/** #/contacts/<id> opens that contact's form, #/contacts/organisations/<id> that organisation's ("Sök i allt" links there). */
export const openIdOf = (params: readonly string[]): string | null => (tabOf(params[0]) === params[0] ? params[1] : params[0]) ?? null

/** The dialog open over the view, if any. */
export type Open =
  | { kind: 'edit'; contact: ContactRow | null }
  | { kind: 'delete' | 'erase'; contact: ContactRow }
  | { kind: 'import'; preview: ImportPreview }
  | null

/** Kontakter's state: tab, search, selection, the open dialog, import and export, Ctrl+N and Ctrl+F. */
export function useContactsPage(register: Register, initialTab: TabId, openContactId: string | null = null) {
  const [tab, setTab] = useState<TabId>(initialTab)
  const [open, setOpen] = useState<Open>(() => {
    const contact = register.contacts.find((c) => c.id === openContactId)
    return contact ? { kind: 'edit', contact } : null
  })
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const search = useContactSearch(register)
  const people = useRef<PeopleTabHandle>(null)
  const importOpen = useImportOpen()
  const exporter = useExportContacts()
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
  return { tab, setTab, open, setOpen, selectedId, setSelectedId, search, people, importOpen, exporter, close, startImport, saved }
}
