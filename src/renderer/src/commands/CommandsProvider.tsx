import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useNavigation } from '../navigation/NavigationContext'
import { commandContext } from './context'
import { KeyboardHelp } from './KeyboardHelp'
import { COMMAND_IDS, COMMANDS, type CommandContext, type CommandId } from './registry'
import { isTypingKey, matchesShortcut } from './shortcuts'
import { useMenuCommands } from './useMenuCommands'

type Perform = () => void

export interface Commands {
  /** Runs a command if it is enabled here and now and its owner is mounted; true if it ran. */
  run(id: CommandId): boolean
  /** The owner of a command says what it does while it is mounted; returns the unregister. */
  register(id: CommandId, perform: Perform): () => void
  /** The commands that would run here and now, for the keyboard help. */
  available(): CommandId[]
}

const CommandsContext = createContext<Commands | null>(null)

export function useCommands(): Commands {
  const commands = useContext(CommandsContext)
  if (!commands) throw new Error('useCommands outside CommandsProvider')
  return commands
}

/** The one keydown dispatcher and the registry's runtime: toolbar, menu and keyboard all call run(). */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const { route } = useNavigation()
  const view = useRef(route.view)
  view.current = route.view
  const performers = useRef(new Map<CommandId, Perform>())
  const [helpOpen, setHelpOpen] = useState(false)

  const contextNow = useCallback((target: EventTarget | null = document.activeElement): CommandContext => commandContext(view.current, document, target), [])
  const canRun = useCallback((id: CommandId, context: CommandContext) => performers.current.has(id) && COMMANDS[id].isEnabled(context), [])
  const commands = useMemo<Commands>(() => {
    const run = (id: CommandId) => {
      if (!canRun(id, contextNow())) return false
      performers.current.get(id)?.()
      return true
    }
    const register = (id: CommandId, perform: Perform) => {
      performers.current.set(id, perform)
      return () => void (performers.current.get(id) === perform && performers.current.delete(id))
    }
    const available = () => COMMAND_IDS.filter((id) => canRun(id, { ...contextNow(), dialog: null, inTextField: false }))
    return { run, register, available }
  }, [canRun, contextNow])

  useEffect(() => commands.register('app.keyboardHelp', () => setHelpOpen(true)), [commands])
  useMenuCommands(commands)
  useKeyboardDispatch(canRun, contextNow, performers.current)

  return (
    <CommandsContext.Provider value={commands}>
      {children}
      {helpOpen && <KeyboardHelp commands={commands.available()} onClose={() => setHelpOpen(false)} />}
    </CommandsContext.Provider>
  )
}

/** The one keydown listener: the first command whose shortcut matches and that is enabled here and now runs. */
function useKeyboardDispatch(
  canRun: (id: CommandId, context: CommandContext) => boolean,
  contextNow: (target: EventTarget | null) => CommandContext,
  performers: Map<CommandId, Perform>
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const context = contextNow(event.target)
      // Several commands share a key (Ctrl+S); the one enabled here and now takes it.
      const id = COMMAND_IDS.find(
        (c) =>
          COMMANDS[c].shortcuts.some((s) => matchesShortcut(event, s) && !(context.inTextField && isTypingKey(s))) &&
          canRun(c, context)
      )
      if (!id) return
      event.preventDefault()
      performers.get(id)?.()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [canRun, contextNow, performers])
}

/** Says what a command does while this component is mounted; the latest `perform` always runs. */
export function useCommand(id: CommandId, perform: Perform): void {
  const { register } = useCommands()
  const latest = useRef(perform)
  latest.current = perform
  useEffect(() => register(id, () => latest.current()), [id, register])
}
