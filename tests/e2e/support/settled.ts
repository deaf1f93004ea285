interface PageDocument {
  querySelector(selector: string): unknown
}

/**
 * True once no portal, nor the app's root, is left aria-hidden by a modal that has closed
 * (Fluent restores aria-hidden on the rest of the page a moment after a modal closes). Passed to
 * page.waitForFunction, so it must stand alone: no imports, no closures.
 *
 * Only a stale aria-hidden counts. While a modal is open, a toast beneath it is rightly
 * hidden, and it lives by its own timer (a CSS animation Fluent pauses while the pointer
 * is on the toast): waiting for it to go made every check on a dialog race the toast.
 * `nested`: a question is open over a dialog, which rightly hides the dialog beneath it.
 */
export function portalsSettled(nested: boolean): boolean {
  // Typed by hand: this file is checked without the DOM library (and the CSP forbids eval).
  const doc = (globalThis as unknown as { document: PageDocument }).document
  if (nested) return true
  const modalOpen = doc.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]') !== null
  // The app's own root is hidden the same way while a modal is open, and freed as late.
  const stale = modalOpen
    ? '[data-portal-node][aria-hidden="true"]:not(:has(.fui-Toast))'
    : '[data-portal-node][aria-hidden="true"], #root[aria-hidden="true"]'
  return doc.querySelector(stale) === null
}
