import { useEffect } from 'react'
import { errorMessage } from '../api/client'
import { onEvent } from '../api/events'
import { useNotify } from '../components/useNotify'
import { useOpenDataFolder } from '../hooks/app/useAppMutations'
import type { Commands } from './CommandsProvider'

const OPEN_FOLDER_FAILED = 'Datamappen kunde inte öppnas'

/**
 * The app-wide commands the Electron menu sends (as app.command events) and that buttons
 * in Översikt and the startup screen run too: one path, so a failure is told the same way
 * wherever she asked (a toast; the menu's failure used to be silent).
 */
export function useMenuCommands(commands: Commands): void {
  const { mutate } = useOpenDataFolder()
  const notify = useNotify()
  useEffect(
    () =>
      commands.register('app.openDataFolder', () =>
        mutate(undefined, { onError: (error) => notify.error(OPEN_FOLDER_FAILED, errorMessage(error)) })
      ),
    [commands, mutate, notify]
  )
  useEffect(() => onEvent('app.command', ({ id }) => void commands.run(id)), [commands])
}
