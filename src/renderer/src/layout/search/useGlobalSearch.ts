import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit, SearchResult } from '../../../../shared/contract/search'
import { useCommand } from '../../commands/CommandsProvider'
import { hasWords, useSearch } from '../../hooks/search/useSearch'
import { useNavigation } from '../../navigation/NavigationContext'
import { parseHash, toHash, type ViewId } from '../../navigation/routes'

/** The DOM id of a hit's option, for aria-activedescendant. */
export const optionId = (hit: Pick<SearchHit, 'kind' | 'id'>): string => `sok-${hit.kind}-${hit.id}`

const flatHits = (result: SearchResult | undefined): SearchHit[] => result?.groups.flatMap((g) => g.hits) ?? []

/** What the popup shows: the answer for the text typed now, or that it is on its way. */
export type Shown = { kind: 'closed' } | { kind: 'searching' } | { kind: 'failed' } | { kind: 'result'; result: SearchResult }

/**
 * The header's search: the text, whether the list is open, the active option, and the
 * keys (↑/↓ move, Enter opens, Esc closes, then clears). Ctrl+K focuses it from anywhere.
 */
export function useGlobalSearch() {
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const query = useSearch(text)
  const { navigate } = useNavigation()
  const current = query.data && query.data.text === text ? query.data : undefined
  const hits = useMemo(() => flatHits(current), [current])
  useCommand('app.search', () => {
    input.current?.focus()
    input.current?.select()
    setOpen(hasWords(input.current?.value ?? ''))
  })
  const shown: Shown = !open || !hasWords(text) ? { kind: 'closed' } : current ? { kind: 'result', result: current } : query.isError ? { kind: 'failed' } : { kind: 'searching' }
  const openHit = (hit: SearchHit) => {
    setOpen(false)
    const route = parseHash(toHash({ view: hit.route.view as ViewId, params: hit.route.params }))
    navigate(route.view, ...route.params)
    requestAnimationFrame(() => document.getElementById('main-content')?.focus())
  }
  const onChange = (value: string) => {
    setText(value)
    setActive(0)
    setOpen(true)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => handleKey(event, { open, text, hits, active, canOpen: shown.kind === 'result', setOpen, setActive, setText, openHit })
  const activeHit = shown.kind === 'result' ? hits[active] : undefined
  return { text, input, shown, activeId: activeHit ? optionId(activeHit) : undefined, onChange, onKeyDown, openHit, close: () => setOpen(false), reopen: () => setOpen(true) }
}

interface KeyState {
  open: boolean
  text: string
  hits: SearchHit[]
  active: number
  canOpen: boolean
  setOpen(open: boolean): void
  setActive(update: (a: number) => number): void
  setText(text: string): void
  openHit(hit: SearchHit): void
}

/** The combobox's keys: ↑/↓ move through the hits (round), Enter opens the active one, Esc closes, then clears. */
function handleKey(event: KeyboardEvent<HTMLInputElement>, k: KeyState): void {
  const n = k.hits.length
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault()
    if (!k.open) return k.setOpen(true)
    if (n > 0) k.setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : n - 1)) % n)
  } else if (event.key === 'Enter' && k.canOpen && k.hits[k.active]) {
    event.preventDefault()
    k.openHit(k.hits[k.active])
  } else if (event.key === 'Escape') {
    event.preventDefault()
    if (k.open && hasWords(k.text)) k.setOpen(false)
    else k.setText('')
  }
}
