import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { forwardRef, useEffect, useImperativeHandle, useRef, type KeyboardEvent, type RefObject } from 'react'
import { formatPhone } from '../../../../shared/contacts/phone'
import type { SearchEntry } from '../../../../shared/contacts/search'
import type { ContactRow } from '../../../../shared/contacts/search'
import { useFillViewport } from '../../components/useFillViewport'
import { TEXTS } from './texts'

/** Compact rows (Fluent's small size): twelve and more fit a laptop window at 150 %. */
const ROW_HEIGHT = 32
const COLUMNS = '2fr 2fr 1.5fr 2fr 1.2fr'

const useStyles = makeStyles({
  frame: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  header: {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2
  },
  scroller: {
    // Set by useFillViewport to reach the window's bottom; this is the first frame's guess.
    height: '280px',
    overflowY: 'auto',
    position: 'relative',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' }
  },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    height: `${ROW_HEIGHT}px`,
    padding: `0 ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    cursor: 'pointer',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover }
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 4px 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover }
  },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  name: { fontWeight: tokens.fontWeightSemibold }
})

export interface ContactListHandle {
  focus(): void
}

interface Props {
  entries: SearchEntry[]
  selectedId: string | null
  onSelect(contact: ContactRow): void
  onOpen(contact: ContactRow): void
  onDelete(contact: ContactRow): void
}

const optionId = (id: string) => `contact-option-${id}`
const NAV_KEYS: Record<string, (i: number, last: number, page: number) => number> = {
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
  PageDown: (i, last, page) => Math.min(last, i + page),
  PageUp: (i, _last, page) => Math.max(0, i - page)
}

/** Only the rows in view, kept scrolled to the selected one. */
function useRows(count: number, index: number, scroller: RefObject<HTMLDivElement | null>) {
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })
  useEffect(() => {
    if (count > 0) virtualizer.scrollToIndex(index, { align: 'auto' })
  }, [index, count, virtualizer])
  return virtualizer
}

/** Arrows, Home/End and PageUp/PageDown move the selection; Enter opens; Delete asks before deleting. */
function useListKeys(entries: SearchEntry[], index: number, scroller: RefObject<HTMLDivElement | null>, props: Props) {
  const active = entries[index]?.contact
  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (!active) return
    const move = NAV_KEYS[event.key]
    if (move) {
      event.preventDefault()
      const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1)
      props.onSelect(entries[move(index, entries.length - 1, page)].contact)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      props.onOpen(active)
    } else if (event.key === 'Delete') {
      event.preventDefault()
      props.onDelete(active)
    }
  }
}

/**
 * The people, virtualised: only the rows in view exist in the DOM, so 5,000 contacts
 * scroll and filter smoothly. A listbox with aria-activedescendant: the list keeps focus,
 * arrows move the selection, Enter opens, Delete asks before deleting; each option
 * carries its position in the whole result (aria-posinset / aria-setsize).
 */
export const ContactList = forwardRef<ContactListHandle, Props>(function ContactList(props, ref) {
  const { entries, selectedId } = props
  const styles = useStyles()
  const scroller = useRef<HTMLDivElement>(null)
  useImperativeHandle(ref, () => ({ focus: () => scroller.current?.focus() }), [])
  useFillViewport(scroller, 5 * ROW_HEIGHT, 8)
  const index = Math.max(0, entries.findIndex((e) => e.contact.id === selectedId))
  const active = entries[index]?.contact
  const virtualizer = useRows(entries.length, index, scroller)
  const onKeyDown = useListKeys(entries, index, scroller, props)
  return (
    <div className={styles.frame}>
      <ListHeader />
      <div
        ref={scroller}
        className={styles.scroller}
        role="listbox"
        aria-label={TEXTS.listLabel}
        aria-describedby="contact-list-help"
        aria-activedescendant={active ? optionId(active.id) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="contact-list"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <ContactOption key={entries[item.index].contact.id} item={item} props={props} isSelected={entries[item.index].contact.id === active?.id} />
          ))}
        </div>
      </div>
    </div>
  )
})

/** The column headings, for sighted users; each option's text says the same to a screen reader. */
function ListHeader() {
  const styles = useStyles()
  return (
    <div className={styles.header} aria-hidden="true">
      <span>{TEXTS.columns.name}</span>
      <span>{TEXTS.columns.organisation}</span>
      <span>{TEXTS.columns.title}</span>
      <span>{TEXTS.columns.email}</span>
      <span>{TEXTS.columns.phone}</span>
    </div>
  )
}

/** One person's row, placed where the virtualiser put it. */
function ContactOption({ item, props, isSelected }: { item: VirtualItem; props: Props; isSelected: boolean }) {
  const styles = useStyles()
  const { contact, organisation } = props.entries[item.index]
  return (
    <div
      id={optionId(contact.id)}
      role="option"
      aria-selected={isSelected}
      aria-posinset={item.index + 1}
      aria-setsize={props.entries.length}
      className={mergeClasses(styles.row, isSelected && styles.selected)}
      style={{ transform: `translateY(${item.start}px)` }}
      onClick={() => props.onSelect(contact)}
      onDoubleClick={() => props.onOpen(contact)}
    >
      <span className={mergeClasses(styles.cell, styles.name)}>{contact.name}</span>
      <span className={styles.cell}>{organisation?.name ?? ''}</span>
      <span className={styles.cell}>{contact.title}</span>
      <span className={styles.cell}>{contact.email}</span>
      <span className={styles.cell}>{formatPhone(contact.phone)}</span>
    </div>
  )
}
