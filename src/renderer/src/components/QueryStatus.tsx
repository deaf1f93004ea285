import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { errorMessage } from '../api/client'

interface Props<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean }
  /** What is loading, e.g. "inställningarna"; used in the spinner and error texts. */
  what: string
  children: (data: T) => ReactNode
}

/** Renders a query's three states the same way everywhere: spinner, Swedish error, or the data. */
export function QueryStatus<T>({ query, what, children }: Props<T>) {
  if (query.isPending) return <Spinner size="small" label={`Hämtar ${what}…`} />
  if (query.error || query.data === undefined) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>Kunde inte hämta {what}</MessageBarTitle>
          {errorMessage(query.error)}
        </MessageBarBody>
      </MessageBar>
    )
  }
  return <>{children(query.data)}</>
}
