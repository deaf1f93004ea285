import { useEffect } from 'react'
import { onEvent } from '../api/events'
import { useOpenDataFolder } from '../hooks/useOpenDataFolder'
import type { Commands } from './CommandsProvider'

/** The Electron menu's commands arrive as app.command events and run like any other command. */
export function useMenuCommands(commands: Commands): void {
  const openDataFolder = useOpenDataFolder()
  const { mutate } = openDataFolder
  useEffect(() => commands.register('app.openDataFolder', () => mutate()), [commands, mutate])
  useEffect(() => onEvent('app.command', ({ id }) => void commands.run(id)), [commands])
}
