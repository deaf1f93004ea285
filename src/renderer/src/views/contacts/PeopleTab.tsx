import { Field, makeStyles, SearchBox, Select, Text, tokens } from '@fluentui/react-components'
import { forwardRef, useImperativeHandle, useRef, type KeyboardEvent, type RefObject } from 'react'
import type { SearchEntry } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { ContactRow } from '../../../../shared/contacts/search'
import type { OrganisationKind } from '../../../../shared/domain/contacts'
import { ContactList, type ContactListHandle } from './ContactList'
import { TEXTS } from './texts'
import type { SearchState } from './useContactSearch'
import { CONTACT_ORDERS, type ContactOrder } from '../../../../shared/contacts/order'
import { GroupOptions, OrganisationKindOptions } from './options'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  bar: { display: 'grid', gridTemplateColumns: '2fr 1fr 1fr 1fr', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  status: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  empty: { padding: tokens.spacingHorizontalXL, border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` }
})

export interface PeopleTabHandle {
  focusSearch(): void
  /** The list, or the search box when nothing is listed. */
  focusList(): void
}

interface Props {
  register: Register
  search: SearchState
  onSearch(search: SearchState): void
  results: SearchEntry[]
  total: number
  selectedId: string | null
  onSelect(contact: ContactRow): void
  onOpen(contact: ContactRow): void
  onDelete(contact: ContactRow): void
}

/** Personer: the search box, the group and organisation-kind filters, and the list. */
export const PeopleTab = forwardRef<PeopleTabHandle, Props>(function PeopleTab(props, ref) {
  const { results, total, selectedId, onSelect, onOpen, onDelete } = props
  const styles = useStyles()
  const searchBox = useRef<HTMLInputElement>(null)
  const list = useRef<ContactListHandle>(null)
  useImperativeHandle(
    ref,
    () => ({
      focusSearch: () => searchBox.current?.focus(),
      focusList: () => (list.current ? list.current.focus() : searchBox.current?.focus())
    }),
    []
  )
  const selected = results.find((e) => e.contact.id === selectedId)?.contact ?? results[0]?.contact
  return (
    <div className={styles.root}>
      <SearchBar props={props} searchBox={searchBox} list={list} selected={selected} />
      <div className={styles.status}>
        <Text role="status" data-testid="contact-count">
          {TEXTS.count(results.length, total)}
        </Text>
        <Text id="contact-list-help" size={200}>
          {TEXTS.keyboardHint}
        </Text>
      </div>
      {results.length > 0 ? (
        <ContactList ref={list} entries={results} selectedId={selected?.id ?? null} onSelect={onSelect} onOpen={onOpen} onDelete={onDelete} />
      ) : (
        <NothingListed total={total} />
      )}
    </div>
  )
})

/** An empty register says how to start; a search that finds nobody says so. */
function NothingListed({ total }: { total: number }) {
  const styles = useStyles()
  if (total > 0) {
    return (
      <Text as="p" className={styles.empty}>
        {TEXTS.noMatches}
      </Text>
    )
  }
  return (
    <div className={styles.empty}>
      <Text as="h2" size={500} weight="semibold" block>
        {TEXTS.emptyTitle}
      </Text>
      <Text as="p">{TEXTS.emptyBody}</Text>
    </div>
  )
}

interface SearchBarProps {
  props: Props
  searchBox: RefObject<HTMLInputElement | null>
  list: RefObject<ContactListHandle | null>
  selected: ContactRow | undefined
}

/** The search box and the filters; from the box, Down goes into the list and Enter opens the selected (or first) hit. */
function SearchBar({ props: { register, search, onSearch, results, onOpen }, searchBox, list, selected }: SearchBarProps) {
  const styles = useStyles()
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault()
      list.current?.focus()
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault()
      onOpen(selected)
    }
  }
  return (
    <div className={styles.bar} role="search" aria-label={TEXTS.search}>
      <Field label={TEXTS.search}>
        <SearchBox
          ref={searchBox}
          value={search.query}
          onChange={(_e, data) => onSearch({ ...search, query: data.value })}
          onKeyDown={onSearchKey}
          autoComplete="off"
          placeholder={TEXTS.searchHint}
          aria-describedby="contact-list-help"
          data-testid="contact-search"
        />
      </Field>
      <Filters register={register} search={search} onSearch={onSearch} />
    </div>
  )
}

/** Group, kind of organisation, and order. */
function Filters({ register, search, onSearch }: Pick<Props, 'register' | 'search' | 'onSearch'>) {
  return (
    <>
      <Field label={TEXTS.groupFilter}>
        <Select value={search.groupId ?? ''} onChange={(_e, d) => onSearch({ ...search, groupId: d.value || null })}>
          <option value="">{TEXTS.allGroups}</option>
          <GroupOptions groups={register.groups} />
        </Select>
      </Field>
      <Field label={TEXTS.kindFilter}>
        <Select
          value={search.organisationKind ?? ''}
          onChange={(_e, d) => onSearch({ ...search, organisationKind: (d.value || null) as OrganisationKind | null })}
        >
          <option value="">{TEXTS.allKinds}</option>
          <OrganisationKindOptions />
        </Select>
      </Field>
      <Field label={TEXTS.order}>
        <Select value={search.order} onChange={(_e, d) => onSearch({ ...search, order: d.value as ContactOrder })}>
          {CONTACT_ORDERS.map((order) => (
            <option key={order} value={order}>
              {TEXTS.orders[order]}
            </option>
          ))}
        </Select>
      </Field>
    </>
  )
}
