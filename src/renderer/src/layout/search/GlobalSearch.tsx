import { makeStyles, SearchBox, tokens } from '@fluentui/react-components'
import { usePrepareSearch } from '../../hooks/search/usePrepareSearch'
import { SearchResults } from './SearchResults'
import { useGlobalSearch, type Shown } from './useGlobalSearch'
import { SEARCH_TEXTS as T } from './texts'

const LISTBOX_ID = 'sok-i-allt-resultat'

const useStyles = makeStyles({
  root: { position: 'relative', marginLeft: 'auto', width: 'min(420px, 40vw)' },
  field: { width: '100%', maxWidth: 'none' },
  popup: {
    position: 'absolute',
    top: 'calc(100% + 4px)',
    right: 0,
    width: 'min(560px, 70vw)',
    maxHeight: 'calc(100vh - 56px)',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
    borderRadius: tokens.borderRadiusMedium,
    paddingBottom: tokens.spacingVerticalS,
    zIndex: 10
  },
  note: { display: 'block', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground2 },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' }
})

const hasHits = (shown: Shown) => shown.kind === 'result' && shown.result.groups.length > 0
const count = (shown: Shown) => (shown.kind === 'result' ? shown.result.groups.reduce((n, g) => n + g.total, 0) : 0)

/** "Sök i allt" in the title bar: a combobox whose list holds the hits grouped by kind. */
export function GlobalSearch() {
  const styles = useStyles()
  const s = useGlobalSearch()
  usePrepareSearch()
  const { shown } = s
  const expanded = shown.kind !== 'closed'
  return (
    <div className={styles.root}>
      <SearchBox
        ref={s.input}
        className={styles.field}
        size="small"
        placeholder={T.placeholder}
        aria-label={T.label}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={s.activeId}
        value={s.text}
        onChange={(_e, d) => s.onChange(d.value)}
        onKeyDown={s.onKeyDown}
        onBlur={s.close}
        onFocus={s.reopen}
      />
      <div role="status" className={styles.status} data-testid="search-status">{shown.kind === 'result' ? (count(shown) ? T.found(count(shown)) : T.none(s.text)) : ''}</div>
      <div className={styles.popup} hidden={!expanded}>
        {shown.kind === 'searching' ? <span className={styles.note} data-testid="search-note">{T.searching}</span> : null}
        {shown.kind === 'failed' ? <span className={styles.note} data-testid="search-note">{T.failed}</span> : null}
        {shown.kind === 'result' && shown.result.groups.length === 0 ? <span className={styles.note} data-testid="search-note">{T.none(s.text)}</span> : null}
        <div id={LISTBOX_ID} role="listbox" aria-label={T.results} hidden={!hasHits(shown)} data-results-for={shown.kind === 'result' ? shown.result.text : undefined}>
          {shown.kind === 'result' ? <SearchResults result={shown.result} activeId={s.activeId} onOpen={s.openHit} /> : null}
        </div>
      </div>
    </div>
  )
}
