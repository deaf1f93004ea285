import type { ViewId } from '../navigation/routes'
import type { CommandContext } from './registry'

/** Open dialogs in document order; Fluent portals a nested one after its parent. */
const DIALOGS = '[role="dialog"], [role="alertdialog"]'

/** The topmost open dialog's command scope, read from the DOM so no view must report it. */
export function openDialogScope(doc: Document): string | null {
  const dialogs = doc.querySelectorAll<HTMLElement>(DIALOGS)
  const top = dialogs[dialogs.length - 1]
  if (!top) return null
  return top.dataset.commandScope ?? 'other'
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
}

export function commandContext(view: ViewId, doc: Document, target: EventTarget | null): CommandContext {
  return { view, dialog: openDialogScope(doc), inTextField: isTextField(target) }
}
