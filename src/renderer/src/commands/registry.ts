import type { MenuCommandId } from '../../../shared/contract/events'
import type { ViewId } from '../navigation/routes'

/** Where a key press or a menu command lands: which view, which dialog, whether in a text field. */
export interface CommandContext {
  view: ViewId
  /** The data-command-scope of the topmost open dialog; 'other' for a dialog without one; null for none. */
  dialog: string | null
  inTextField: boolean
}

export interface CommandSpec {
  /** Swedish, as the keyboard help lists it. */
  label: string
  /** 'Mod' is Ctrl (Cmd on a Mac); a single printable key ('?') never fires in a text field. */
  shortcuts: readonly string[]
  isEnabled(context: CommandContext): boolean
}

const noDialog = (c: CommandContext) => c.dialog === null
const inView = (view: ViewId) => (c: CommandContext) => c.view === view && c.dialog === null
const inViews = (...views: ViewId[]) => (c: CommandContext) => views.includes(c.view) && c.dialog === null
const inDialog = (scope: string) => (c: CommandContext) => c.dialog === scope

/**
 * Every command of the app, as data (in the shape of Excalidraw's actions): the keyboard
 * dispatcher, the Electron menu (through the app.command event), toolbar buttons and the
 * keyboard help all go through this one table. What a command does (perform) is given by
 * the component that owns it, with useCommand.
 */
export const COMMANDS = {
  'app.keyboardHelp': { label: 'Visa kortkommandon', shortcuts: ['F1', '?'], isEnabled: noDialog },
  'app.openDataFolder': { label: 'Öppna datamappen', shortcuts: [], isEnabled: noDialog },
  // Outside dialogs from every view, also from a text field (the minutes' notes): the header's search field.
  'app.search': { label: 'Sök i allt', shortcuts: ['Mod+K'], isEnabled: noDialog },
  'contacts.new': { label: 'Ny kontakt', shortcuts: ['Mod+N'], isEnabled: inView('contacts') },
  'contacts.find': { label: 'Sök bland kontakterna', shortcuts: ['Mod+F'], isEnabled: inView('contacts') },
  'contactForm.save': { label: 'Spara kontakten', shortcuts: ['Mod+S', 'Mod+Enter'], isEnabled: inDialog('contactForm') },
  'meetings.new': { label: 'Nytt möte', shortcuts: ['Mod+N'], isEnabled: inView('meetings') },
  'meetings.newFrom': { label: 'Nytt möte från detta', shortcuts: ['Mod+Shift+N'], isEnabled: inView('meetings') },
  'meetings.yearPlan': { label: 'Planera året', shortcuts: ['Mod+Shift+P'], isEnabled: inView('meetings') },
  // The agenda item (or seminar program line) that has focus moves one step; the list announces where it went.
  'agenda.moveUp': { label: 'Flytta dagordningspunkten uppåt', shortcuts: ['Alt+ArrowUp'], isEnabled: inViews('meetings', 'seminars') },
  'agenda.moveDown': { label: 'Flytta dagordningspunkten nedåt', shortcuts: ['Alt+ArrowDown'], isEnabled: inViews('meetings', 'seminars') },
  // From inside an item's notes: a Beslut or an uppdrag for that item (the selected words become its text).
  'minutes.addDecision': { label: 'Lägg till beslut under punkten', shortcuts: ['Mod+Shift+B'], isEnabled: inView('meetings') },
  'minutes.addAssignment': { label: 'Lägg till uppdrag under punkten', shortcuts: ['Mod+Shift+U'], isEnabled: inView('meetings') },
  'settings.save': { label: 'Spara inställningarna', shortcuts: ['Mod+S'], isEnabled: inView('settings') }
} as const satisfies Record<string, CommandSpec>

/** The closed set of commands. */
export type CommandId = keyof typeof COMMANDS

// Every command the menu can send must be one of ours (a compile-time check).
const menuCommandsKnown: Record<MenuCommandId, CommandSpec> = COMMANDS
void menuCommandsKnown

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[]

export const isCommandId = (id: unknown): id is CommandId => typeof id === 'string' && id in COMMANDS
