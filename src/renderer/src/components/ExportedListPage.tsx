import { Button } from '@fluentui/react-components'
import { ArrowDownload24Regular, type FluentIcon } from '@fluentui/react-icons'
import type { ReactNode } from 'react'
import type { SaveResult } from '../../../shared/contract/files'
import { EmptyState } from './EmptyState'
import { QueryStatus } from './QueryStatus'
import { SaveOutcome, type SaveOutcomeTexts } from './SaveOutcome'
import { ViewPage } from './ViewPage'

interface Props<T> {
  title: string
  lead: string
  /** Everything the view can list, unfiltered: empty means the honest empty state instead of the list. */
  all: { data: readonly T[] | undefined; error: unknown; isPending: boolean }
  what: string
  empty: { icon: FluentIcon; title: string; body: string }
  /** "Exportera till Excel…": the save through the OS dialog, and what became of it. */
  exporting: { label: string; texts: SaveOutcomeTexts; run(): void; pending: boolean; result: SaveResult | undefined; error: unknown }
  children(all: readonly T[]): ReactNode
}

/** A list view over all the meetings (Uppdrag, Beslut): one h1, an export to .xlsx, the empty state, then the list. */
export function ExportedListPage<T>({ title, lead, all, what, empty, exporting: x, children }: Props<T>) {
  const exportButton = (
    <Button icon={<ArrowDownload24Regular />} onClick={x.run} disabledFocusable={x.pending}>
      {x.label}
    </Button>
  )
  return (
    <ViewPage title={title} description={lead} actions={exportButton}>
      <div role="status">
        <SaveOutcome result={x.result} error={x.error} texts={x.texts} />
      </div>
      <QueryStatus query={all} what={what}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState icon={empty.icon} title={empty.title}>
              {empty.body}
            </EmptyState>
          ) : (
            children(rows)
          )
        }
      </QueryStatus>
    </ViewPage>
  )
}
