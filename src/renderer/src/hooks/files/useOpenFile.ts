import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** Opens a file saved in this session with the OS's default program (Word for .docx). */
export function useOpenFile() {
  return useMutation({ mutationFn: (path: string) => call('files.open', { path }) })
}
