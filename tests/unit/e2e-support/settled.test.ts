// @vitest-environment happy-dom
/// <reference lib="dom" />
import { afterEach, describe, expect, it } from 'vitest'
import { portalsSettled } from '../../e2e/support/settled'

/** A body-level portal as Fluent mounts it, optionally hidden by a modal's focus manager. */
function portal(inner: string, hidden: boolean): void {
  const node = document.createElement('div')
  node.setAttribute('data-portal-node', 'true')
  if (hidden) node.setAttribute('aria-hidden', 'true')
  node.innerHTML = inner
  document.body.append(node)
}
const MODAL = '<div role="dialog" aria-modal="true">Importera kontakter</div>'
const TOAST = '<div class="fui-Toast" role="listitem" tabindex="0">Märta Öhman är sparad.</div>'

describe('e2e: when the page has settled after a modal', () => {
  afterEach(() => document.body.replaceChildren())

  it('a toast beneath an open modal is rightly hidden: no wait for its timer (the flaky import step)', () => {
    portal(TOAST, true)
    portal(MODAL, false)
    expect(portalsSettled(false)).toBe(true)
  })

  it('a portal still hidden after its modal closed is waited for', () => {
    portal(TOAST, true)
    expect(portalsSettled(false)).toBe(false)
  })

  it('a dialog hidden beneath a question is waited for unless the check is for the question', () => {
    portal(MODAL, true)
    portal('<div role="alertdialog" aria-modal="true">Du har ändringar som inte är sparade.</div>', false)
    expect(portalsSettled(false)).toBe(false)
    expect(portalsSettled(true)).toBe(true)
  })

  it('the app root still hidden after its modal closed is waited for; beneath an open modal it is rightly hidden', () => {
    const root = document.createElement('div')
    root.id = 'root'
    root.setAttribute('aria-hidden', 'true')
    root.innerHTML = '<button>Återställ den här</button>'
    document.body.append(root)
    expect(portalsSettled(false)).toBe(false)
    portal(MODAL, false)
    expect(portalsSettled(false)).toBe(true)
  })

  it('nothing hidden: settled', () => {
    portal(MODAL, false)
    expect(portalsSettled(false)).toBe(true)
  })
})
