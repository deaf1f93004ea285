import {
  Link,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens
} from '@fluentui/react-components'
import { useEffect, useMemo, useRef, useState } from 'react'
import { swedishCollator } from '../../../../shared/contacts/normalise'
import { sortOrganisations } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { ContactRow } from '../../../../shared/contacts/search'
import type { Organisation, OrganisationKind } from '../../../../shared/domain/contacts'
import { errorMessage } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useSaveOrganisation } from '../../hooks/contacts/useOrganisationMutations'
import { NewOrganisationForm } from './NewOrganisationForm'
import { OrganisationDialog } from './OrganisationDialog'
import { ORG_TEXTS, TEXTS } from './texts'
import { OrganisationKindOptions } from './options'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  people: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 }
})

interface Props {
  register: Register
  /** The organisation whose dialog is open at first (#/contacts/organisations/<id>). */
  openId?: string | null
  onOpen(contact: ContactRow): void
}

/** Each organisation's people, by name. */
function usePeopleByOrganisation(contacts: ContactRow[]) {
  return useMemo(() => {
    const map = new Map<string, ContactRow[]>()
    for (const c of contacts) if (c.organisationId) map.set(c.organisationId, [...(map.get(c.organisationId) ?? []), c])
    for (const list of map.values()) list.sort((a, b) => swedishCollator.compare(a.name, b.name))
    return map
  }, [contacts])
}

/**
 * Which organisation's dialog is open. Closing gives focus back to the row that opened it;
 * a merged or deleted one is gone from the list, so focus moves to the heading once it is.
 */
function useOrganisationEditing(organisations: Organisation[], openId: string | null) {
  const [editingId, setEditingId] = useState<string | null>(openId)
  const heading = useRef<HTMLHeadingElement>(null)
  const gone = useRef<string | null>(null)
  const closeDialog = (isGone = false) => {
    const id = editingId
    gone.current = isGone ? id : null
    setEditingId(null)
    // Fluent returns focus only to a DialogTrigger; the row's link opened this one.
    if (!isGone) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-organisation-id="${id}"]`)?.focus())
  }
  useEffect(() => {
    if (gone.current === null || organisations.some((o) => o.id === gone.current)) return
    gone.current = null
    heading.current?.focus()
  }, [organisations, editingId])
  return { editing: organisations.find((o) => o.id === editingId), open: setEditingId, closeDialog, heading }
}

/** Organisationer: each organisation with its people; a new one can be added here, any one opened to edit, merge or delete. */
export function OrganisationsTab({ register, openId = null, onOpen }: Props) {
  const styles = useStyles()
  const peopleByOrg = usePeopleByOrganisation(register.contacts)
  const organisations = useMemo(() => sortOrganisations(register.organisations), [register.organisations])
  const { editing, open, closeDialog, heading } = useOrganisationEditing(organisations, openId)
  return (
    <section className={styles.root} aria-labelledby="organisations-heading">
      <Text as="h2" id="organisations-heading" size={500} weight="semibold" ref={heading} tabIndex={-1}>
        {ORG_TEXTS.heading}
      </Text>
      <NewOrganisationForm />
      {organisations.length === 0 ? (
        <Text as="p">{ORG_TEXTS.empty}</Text>
      ) : (
        <OrganisationTable organisations={organisations} peopleByOrg={peopleByOrg} onEdit={open} onOpen={onOpen} />
      )}
      {editing && (
        <OrganisationDialog
          key={editing.id}
          organisation={editing}
          others={organisations.filter((o) => o.id !== editing.id)}
          people={peopleByOrg.get(editing.id)?.length ?? 0}
          onClose={closeDialog}
        />
      )}
    </section>
  )
}

interface TableProps {
  organisations: Organisation[]
  peopleByOrg: Map<string, ContactRow[]>
  onEdit(id: string): void
  onOpen(contact: ContactRow): void
}

function OrganisationTable({ organisations, peopleByOrg, onEdit, onOpen }: TableProps) {
  return (
    <Table aria-labelledby="organisations-heading" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{ORG_TEXTS.columns.name}</TableHeaderCell>
          <TableHeaderCell>{ORG_TEXTS.columns.kind}</TableHeaderCell>
          <TableHeaderCell>{ORG_TEXTS.columns.people}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {organisations.map((o) => (
          <OrganisationRow key={o.id} organisation={o} people={peopleByOrg.get(o.id)} onEdit={onEdit} onOpen={onOpen} />
        ))}
      </TableBody>
    </Table>
  )
}

/** Its name opens the dialog, its kind changes in place, its people open their forms. */
function OrganisationRow({ organisation: o, people, onEdit, onOpen }: Omit<TableProps, 'organisations' | 'peopleByOrg'> & { organisation: Organisation; people?: ContactRow[] }) {
  const styles = useStyles()
  return (
    <TableRow>
      <TableCell>
        <Link as="button" data-organisation-id={o.id} onClick={() => onEdit(o.id)} aria-label={ORG_TEXTS.edit(o.name)}>
          {o.name}
        </Link>
      </TableCell>
      <TableCell>
        <KindSelect organisation={o} />
      </TableCell>
      <TableCell>
        <span className={styles.people}>
          {(people ?? []).map((c) => (
            <Link key={c.id} as="button" onClick={() => onOpen(c)}>
              {c.name}
            </Link>
          ))}
          {!people && <span className={styles.muted}>{ORG_TEXTS.nobody}</span>}
        </span>
      </TableCell>
    </TableRow>
  )
}

/** The kind, changed in place: imports create organisations as Övrigt. */
function KindSelect({ organisation }: { organisation: Organisation }) {
  const save = useSaveOrganisation()
  const notify = useNotify()
  return (
    <Select
      size="small"
      aria-label={ORG_TEXTS.kindOf(organisation.name)}
      value={organisation.kind}
      onChange={(_e, d) =>
        save.mutate(
          { id: organisation.id, name: organisation.name, kind: d.value as OrganisationKind },
          { onError: (e) => notify.error(TEXTS.failed, errorMessage(e)) }
        )
      }
    >
      <OrganisationKindOptions />
    </Select>
  )
}
