import { createContext, useContext, type ReactNode } from 'react'

/**
 * A notice pinned under the title bar on every view, for states that last the whole
 * run (the data folder cannot be written). Provided from outside the shell.
 */
export const ShellNoticeContext = createContext<ReactNode>(null)

export const useShellNotice = (): ReactNode => useContext(ShellNoticeContext)
