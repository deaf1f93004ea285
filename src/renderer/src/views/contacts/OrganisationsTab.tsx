import {
  Button,
  Field,
  Input,
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
import { errorMessage, fieldErrors } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useSaveOrganisation } from '../../hooks/contacts/useOrganisationMutations'
import { asSentence } from './contact-draft'
import { OrganisationDialog } from './OrganisationDialog'
import { ORG_TEXTS, TEXTS } from './texts'
import { OrganisationKindOptions } from './options'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  form: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  people: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 }
})

interface Props {
  register: Register
  onOpen(contact: ContactRow): void
}

/** Organisationer: each organisation with its people; a new one can be added here, any one opened to edit, merge or delete. */
export function OrganisationsTab({ register, onOpen }: Props) {
  const styles = useStyles()
  const peopleByOrg = useMemo(() => {
    const map = new Map<string, ContactRow[]>()
    for (const c of register.contacts) if (c.organisationId) map.set(c.organisationId, [...(map.get(c.organisationId) ?? []), c])
    for (const list of map.values()) list.sort((a, b) => swedishCollator.compare(a.name, b.name))
    return map
  }, [register.contacts])
  const organisations = useMemo(() => sortOrganisations(register.organisations), [register.organisations])
  const [editingId, setEditingId] = useState<string | null>(null)
  const editing = organisations.find((o) => o.id === editingId)
  const heading = useRef<HTMLHeadingElement>(null)
  // Closing gives focus back to the row that opened the dialog; a merged or deleted one leaves
  // the list only when the refetched register arrives, so focus moves to the heading once it is gone.
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
  return (
    <section className={styles.root} aria-labelledby="organisations-heading">
      <Text as="h2" id="organisations-heading" size={500} weight="semibold" ref={heading} tabIndex={-1}>
        {ORG_TEXTS.heading}
      </Text>
      <NewOrganisationForm />
      {organisations.length === 0 ? (
        <Text as="p">{ORG_TEXTS.empty}</Text>
      ) : (
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
              <TableRow key={o.id}>
                <TableCell>
                  <Link as="button" data-organisation-id={o.id} onClick={() => setEditingId(o.id)} aria-label={ORG_TEXTS.edit(o.name)}>
                    {o.name}
                  </Link>
                </TableCell>
                <TableCell>
                  <KindSelect organisation={o} />
                </TableCell>
                <TableCell>
                  <span className={styles.people}>
                    {(peopleByOrg.get(o.id) ?? []).map((c) => (
                      <Link key={c.id} as="button" onClick={() => onOpen(c)}>
                        {c.name}
                      </Link>
                    ))}
                    {!peopleByOrg.has(o.id) && <span className={styles.muted}>{ORG_TEXTS.nobody}</span>}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
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

function NewOrganisationForm() {
  const styles = useStyles()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<OrganisationKind>('other')
  const [error, setError] = useState<string | undefined>()
  const save = useSaveOrganisation()
  const notify = useNotify()
  const submit = () =>
    save.mutate(
      { name, kind },
      {
        onSuccess: (o) => {
          notify.success(ORG_TEXTS.added(o.name))
          setName('')
          setError(undefined)
        },
        onError: (e) => setError(asSentence(fieldErrors(e).name ?? errorMessage(e)))
      }
    )
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Field label={ORG_TEXTS.name} validationState={error ? 'error' : 'none'} validationMessage={error}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <Field label={ORG_TEXTS.kind}>
        <Select value={kind} onChange={(_e, d) => setKind(d.value as OrganisationKind)}>
          <OrganisationKindOptions />
        </Select>
      </Field>
      <Button type="submit" disabledFocusable={save.isPending}>
        {ORG_TEXTS.add}
      </Button>
    </form>
  )
}
