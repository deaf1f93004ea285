import type { ContactRow } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import { QueryStatus } from '../../components/QueryStatus'
import { useContact } from '../../hooks/contacts/useContacts'
import { ContactDialog } from './ContactDialog'

interface Props {
  /** The list row she opened; null: a new contact. */
  row: ContactRow | null
  register: Register
  onClose(): void
  /** The saved person, to select in the list. */
  onSaved(contact: Contact): void
  onErase(contact: Contact): void
}

/** The form for a list row: the whole person (notes too) is read first, since the list holds only its row. */
export function EditContactDialog({ row, register, onClose, onSaved, onErase }: Props) {
  const contact = useContact(row?.id ?? null)
  if (row === null) return <ContactDialog contact={null} register={register} onClose={onClose} onSaved={onSaved} onErase={onErase} />
  return (
    <QueryStatus query={contact} what="kontakten">
      {(full) => <ContactDialog contact={full} register={register} onClose={onClose} onSaved={onSaved} onErase={onErase} />}
    </QueryStatus>
  )
}
