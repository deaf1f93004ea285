import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../src/main/api/dispatch'
import { handlers } from '../../src/main/api/handlers'
import { SettingsPatchSchema } from '../../src/shared/contract/settings'
import { testContext } from '../support/context'

describe('settings patch', () => {
  it('parses to exactly the fields given, with no defaults filled in', () => {
    expect(SettingsPatchSchema.parse({ sender: { email: 'a@example.org' } })).toEqual({ sender: { email: 'a@example.org' } })
    expect(SettingsPatchSchema.parse({})).toEqual({})
  })

  it('keeps every stored field the patch leaves out', async () => {
    const ctx = testContext()
    const dispatch = createDispatch(handlers, ctx)
    await dispatch('settings.update', {
      sender: { administration: 'Hägersten-Liljeholmens stadsdelsförvaltning', web: 'start.stockholm/hl' },
      councilName: 'Hägersten-Liljeholmen',
      dietaryRetentionDays: 30,
      documents: { marginLeftCm: 3 }
    })
    const result = await dispatch('settings.update', { sender: { email: 'hl@example.org' } })
    expect(result).toMatchObject({
      ok: true,
      value: {
        councilName: 'Hägersten-Liljeholmen',
        dietaryRetentionDays: 30,
        sender: { administration: 'Hägersten-Liljeholmens stadsdelsförvaltning', web: 'start.stockholm/hl', email: 'hl@example.org' },
        documents: { marginLeftCm: 3 }
      }
    })
  })

  it('refuses unknown fields and a logo path smuggled into a patch', () => {
    expect(SettingsPatchSchema.safeParse({ documents: { logoPath: '/etc/passwd' } }).success).toBe(false)
    expect(SettingsPatchSchema.safeParse({ colour: 'red' }).success).toBe(false)
  })
})

describe('field errors in Swedish', () => {
  it('explains zod’s built-in checks in Swedish, naming the field', async () => {
    const dispatch = createDispatch(handlers, testContext())
    const result = await dispatch('settings.update', { documents: { marginLeftCm: 9 }, dietaryRetentionDays: 1.5, colour: 'red' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'documents.marginLeftCm', message: 'Ange ett tal till och med 6.' },
        { path: 'dietaryRetentionDays', message: 'Ange ett heltal.' }
      ])
    )
    expect(result.error.message).toMatch(/Okänt fält: colour/)
  })
})
