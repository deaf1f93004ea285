import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../src/main/api/dispatch'
import { handlers } from '../../src/main/api/handlers'
import type { ServiceContext } from '../../src/main/services/context'
import type { DataStore } from '../../src/main/store/types'
import { memoryStore, testContext } from '../support/context'

function context(store: DataStore, chosenFile: string | null = null): ServiceContext {
  return testContext({ store, dialogs: { openFile: async () => chosenFile, saveFile: async () => null } })
}

describe('dispatch', () => {
  it('rejects an unknown method without touching the store', async () => {
    const store = memoryStore()
    const result = await createDispatch(handlers, context(store))('settings.dropAll', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    expect(store.writes).toBe(0)
  })

  it('names the bad field and writes nothing when input is invalid', async () => {
    const store = memoryStore()
    const result = await createDispatch(handlers, context(store))('settings.update', { coordinator: { email: 'inte-en-adress' } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.fields?.[0].path).toBe('coordinator.email')
    expect(store.writes).toBe(0)
  })

  it('merges a settings patch and keeps other sections', async () => {
    const store = memoryStore()
    const dispatch = createDispatch(handlers, context(store))
    await dispatch('settings.update', { sender: { administration: 'Hägersten-Liljeholmens stadsdelsförvaltning' } })
    const result = await dispatch('settings.update', { councilName: 'Hägersten-Liljeholmen' })
    expect(result).toMatchObject({
      ok: true,
      value: {
        councilName: 'Hägersten-Liljeholmen',
        sender: { administration: 'Hägersten-Liljeholmens stadsdelsförvaltning', web: 'start.stockholm' }
      }
    })
  })

  it('keeps the logo unchanged when the file dialog is cancelled', async () => {
    const store = memoryStore()
    const result = await createDispatch(handlers, context(store, null))('settings.chooseLogo', undefined)
    expect(result).toMatchObject({ ok: true, value: { documents: { logoPath: null } } })
    expect(store.writes).toBe(0)
  })
  // Choosing and copying a real image: tests/unit/settings/logo.test.ts.
})
