import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { Copy20Regular, Dismiss20Regular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { swedishCollator } from '../../../../shared/contacts/normalise'
import { sortGroups } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { Group } from '../../../../shared/domain/contacts'
import { errorMessage, fieldErrors } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useCopyGroupEmails } from '../../hooks/contacts/useContactFiles'
import { useDeleteGroup, useGroupMembership, useSaveGroup } from '../../hooks/contacts/useContactMutations'
import { asSentence } from './contact-draft'
import { MemberPicker } from './MemberPicker'
import { GROUP_TEXTS, TEXTS } from './texts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  members: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  member: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  }
})

/** Grupper: the built-in groups and her own, with their members; add and remove people. */
export function GroupsTab({ register }: { register: Register }) {
  const styles = useStyles()
  const groups = useMemo(() => sortGroups(register.groups), [register.groups])
  const [groupId, setGroupId] = useState<string | null>(null)
  const group = groups.find((g) => g.id === groupId) ?? groups[0]
  return (
    <section className={styles.root} aria-labelledby="groups-heading">
      <Text as="h2" id="groups-heading" size={500} weight="semibold">
        {GROUP_TEXTS.heading}
      </Text>
      <div className={styles.row}>
        <Field label={GROUP_TEXTS.pick}>
          <Select value={group?.id ?? ''} onChange={(_e, d) => setGroupId(d.value)}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.kind === 'custom' ? g.name : `${g.name} (${GROUP_TEXTS.builtIn.toLowerCase()})`}
              </option>
            ))}
          </Select>
        </Field>
        <NewGroupForm onCreated={(g) => setGroupId(g.id)} />
      </div>
      {group && <GroupMembers key={group.id} group={group} register={register} />}
    </section>
  )
}

function GroupMembers({ group, register }: { group: Group; register: Register }) {
  const styles = useStyles()
  const membership = useGroupMembership()
  const notify = useNotify()
  const members = register.contacts
    .filter((c) => c.groupIds.includes(group.id))
    .sort((a, b) => swedishCollator.compare(a.name, b.name))
  const change = (contactIds: string[], add: boolean) =>
    membership.mutate(
      { groupId: group.id, contactIds, add },
      { onError: (e) => notify.error(TEXTS.failed, errorMessage(e)) }
    )
  return (
    <section className={styles.root} aria-labelledby="group-members-heading" data-testid="group-members">
      <Text as="h3" id="group-members-heading" size={400} weight="semibold">
        {group.name} – {GROUP_TEXTS.members(members.length)}
      </Text>
      <MemberPicker register={register} group={group} onAdd={(id) => change([id], true)} busy={membership.isPending} />
      {members.length > 0 && <CopyEmails group={group} />}
      {members.length === 0 ? <Text as="p">{GROUP_TEXTS.noMembers}</Text> : <MemberList members={members} onRemove={(id) => change([id], false)} />}
      {group.kind === 'custom' && <DeleteGroupButton group={group} />}
    </section>
  )
}

/** The members by name, each with Ta bort. */
function MemberList({ members, onRemove }: { members: Register['contacts']; onRemove(id: string): void }) {
  const styles = useStyles()
  return (
    <ul className={styles.members} aria-labelledby="group-members-heading">
      {members.map((c) => (
        <li key={c.id} className={styles.member}>
          <span>{c.title ? `${c.name}, ${c.title}` : c.name}</span>
          <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={GROUP_TEXTS.remove(c.name)} onClick={() => onRemove(c.id)}>
            {GROUP_TEXTS.removeShort}
          </Button>
        </li>
      ))}
    </ul>
  )
}

/** Only her own groups can be deleted; the built-in ones cannot. */
function DeleteGroupButton({ group }: { group: Group }) {
  const removeGroup = useDeleteGroup()
  const notify = useNotify()
  return (
    <div>
      <Button
        onClick={() =>
          removeGroup.mutate(group.id, {
            onSuccess: () => notify.success(GROUP_TEXTS.deleted(group.name)),
            onError: (e) => notify.error(TEXTS.failed, errorMessage(e))
          })
        }
      >
        {GROUP_TEXTS.deleteGroup}
      </Button>
    </div>
  )
}

/** Kopiera e-postadresser: main puts "a@x.se; b@y.se" on the clipboard; the result is announced here. */
function CopyEmails({ group }: { group: Group }) {
  const styles = useStyles()
  const copy = useCopyGroupEmails()
  return (
    <div className={styles.row}>
      <Button icon={<Copy20Regular />} onClick={() => copy.mutate(group.id)} disabledFocusable={copy.isPending}>
        {GROUP_TEXTS.copyEmails}
      </Button>
      <Text role="status" data-testid="copy-emails-status">
        {copy.data ? GROUP_TEXTS.copied(copy.data.count, copy.data.missing) : copy.error ? errorMessage(copy.error) : ''}
      </Text>
    </div>
  )
}

function NewGroupForm({ onCreated }: { onCreated(group: Group): void }) {
  const styles = useStyles()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>()
  const save = useSaveGroup()
  const notify = useNotify()
  return (
    <form
      className={styles.row}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate(
          { name },
          {
            onSuccess: (g) => {
              notify.success(GROUP_TEXTS.created(g.name))
              setName('')
              setError(undefined)
              onCreated(g)
            },
            onError: (e) => setError(asSentence(fieldErrors(e).name ?? errorMessage(e)))
          }
        )
      }}
    >
      <Field label={GROUP_TEXTS.newGroup} validationState={error ? 'error' : 'none'} validationMessage={error}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <Button type="submit" disabledFocusable={save.isPending}>
        {GROUP_TEXTS.createGroup}
      </Button>
    </form>
  )
}
