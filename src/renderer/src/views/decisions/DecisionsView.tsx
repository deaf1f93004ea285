import { Field, makeStyles, SearchBox, Text, tokens } from '@fluentui/react-components'
import { Gavel24Regular } from '@fluentui/react-icons'
import { useDeferredValue, useState } from 'react'
import { ExportedListPage } from '../../components/ExportedListPage'
import { QueryStatus } from '../../components/QueryStatus'
import { useDecisions } from '../../hooks/decisions/useDecisions'
import { useExportDecisions } from '../../hooks/decisions/useDecisionsMutations'
import type { ViewProps } from '../../navigation/views'
import { DecisionTable } from './DecisionTable'
import { DECISION_TEXTS as T } from './texts'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  search: { maxWidth: '480px' }
})

/** The search field, how many match, and the table. */
function DecisionSearch({ query, onQuery, deferred }: { query: string; onQuery(q: string): void; deferred: string }) {
  const styles = useStyles()
  const found = useDecisions(deferred)
  return (
    <div className={styles.content}>
      <Field label={T.search} hint={T.searchHint} className={styles.search}>
        <SearchBox value={query} onChange={(_e, d) => onQuery(d.value)} data-testid="decision-search" />
      </Field>
      <QueryStatus query={found} what={T.loading}>
        {(rows) => (
          <>
            <Text role="status" data-testid="decisions-count">
              {rows.length === 0 ? T.noneMatch : T.count(rows.length)}
            </Text>
            {rows.length > 0 ? <DecisionTable rows={rows} /> : null}
          </>
        )}
      </QueryStatus>
    </div>
  )
}

/**
 * Beslut: every decision across the years. The search runs in main with Kontakter's
 * normaliser (every word must match; å, ä, ö folded alike), so both lists find the same way.
 */
export function DecisionsView(_props: ViewProps) {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const all = useDecisions('')
  const exported = useExportDecisions()
  return (
    <ExportedListPage
      title={T.title}
      lead={T.lead}
      all={all}
      what={T.loading}
      empty={{ icon: Gavel24Regular, title: T.emptyTitle, body: T.emptyBody }}
      exporting={{ label: T.export, texts: T.exported, run: () => exported.mutate(deferred), pending: exported.isPending, result: exported.data, error: exported.error }}
    >
      {() => <DecisionSearch query={query} onQuery={setQuery} deferred={deferred} />}
    </ExportedListPage>
  )
}
