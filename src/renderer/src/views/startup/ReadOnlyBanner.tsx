import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { ReadOnlyContext } from '../../drafts/ReadOnlyContext'
import { ShellNoticeContext } from '../../layout/ShellNotice'
import { LABELS } from './texts'

/** Pins "nothing is saved" under the title bar of every view; it does not go away. */
export function ReadOnlyBanner({ children }: { children: ReactNode }) {
  const notice = (
    <MessageBar intent="error" layout="multiline" data-testid="read-only-banner" style={{ borderRadius: 0 }}>
      <MessageBarBody>{LABELS.readOnlyBanner}</MessageBarBody>
    </MessageBar>
  )
  return (
    <ReadOnlyContext.Provider value>
      <ShellNoticeContext.Provider value={notice}>{children}</ShellNoticeContext.Provider>
    </ReadOnlyContext.Provider>
  )
}
