import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useEffect } from 'react'
import type { SearchHit, SearchResult } from '../../../../shared/contract/search'
import { SEARCH_KIND_LABELS } from '../../../../shared/search/kinds'
import { optionId } from './useGlobalSearch'
import { Marked } from './Marked'
import { SEARCH_TEXTS as T } from './texts'

const useStyles = makeStyles({
  heading: {
    display: 'flex',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    borderLeft: `3px solid transparent`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover }
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis' },
  excerpt: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 }
})

interface Props {
  result: SearchResult
  activeId: string | undefined
  onOpen(hit: SearchHit): void
}

/** The hits grouped by kind under their Swedish headings; the active one scrolled into view. */
export function SearchResults({ result, activeId, onOpen }: Props) {
  const styles = useStyles()
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' })
  }, [activeId])
  return (
    <>
      {result.groups.map((group) => (
        <div role="group" key={group.kind} aria-labelledby={`sok-grupp-${group.kind}`}>
          <div role="presentation" id={`sok-grupp-${group.kind}`} className={styles.heading}>
            <span>{SEARCH_KIND_LABELS[group.kind]}</span>
            {group.total > group.hits.length ? <span>{T.more(group.hits.length, group.total)}</span> : null}
          </div>
          {group.hits.map((hit) => (
            <div
              key={hit.id}
              id={optionId(hit)}
              role="option"
              aria-selected={optionId(hit) === activeId}
              className={mergeClasses(styles.option, optionId(hit) === activeId && styles.active)}
              // Keeps focus in the field, so the list stays open until she has chosen.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onOpen(hit)}
            >
              <span className={styles.title}><Marked segments={hit.title} /></span>
              {hit.detail.length > 0 ? <span className={styles.small}><Marked segments={hit.detail} /></span> : null}
              {hit.excerpt.length > 0 ? <span className={styles.excerpt}><Marked segments={hit.excerpt} /></span> : null}
            </div>
          ))}
        </div>
      ))}
    </>
  )
}
