import { createContext, useContext } from 'react'

/** True when the data folder cannot be written: nothing is saved, autosave is off. */
export const ReadOnlyContext = createContext(false)

export const useReadOnly = (): boolean => useContext(ReadOnlyContext)
