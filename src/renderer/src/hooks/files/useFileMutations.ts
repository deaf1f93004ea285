import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/* Files saved in this session (main remembers their paths); nothing here is cached, so no keys. */

/** Opens a file saved in this session with the OS's default program (Word for .docx). */
export function useOpenFile() {
  return useMutation({ mutationFn: (path: string) => call('files.open', { path }) })
}

/** Shows a file saved in this session in Utforskaren, selected. */
export function useShowInFolder() {
  return useMutation({ mutationFn: (path: string) => call('files.showInFolder', { path }) })
}
