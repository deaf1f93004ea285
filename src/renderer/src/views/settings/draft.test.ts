import { describe, expect, it } from 'vitest'
import { SettingsPatchSchema } from '../../../../shared/contract/settings'
import { defaultSettings } from '../../../../shared/domain/settings'
import { draftFrom, isSameDraft, readText, savablePatch, withText } from './draft'
import { inSwedish } from './numbers'
import { TEXT_SECTIONS } from './texts'

describe('the settings form draft', () => {
  it('edits one field by the same dotted path the API names in its errors', () => {
    const draft = draftFrom(defaultSettings())
    const edited = withText(withText(draft, 'coordinator.email', 'anna@example.org'), 'councilName', 'Hägersten-Älvsjö')
    expect(readText(edited, 'coordinator.email')).toBe('anna@example.org')
    expect(readText(edited, 'councilName')).toBe('Hägersten-Älvsjö')
    expect(readText(edited, 'sender.email')).toBe('')
    expect(readText(draft, 'coordinator.email')).toBe('')
    expect(isSameDraft(draft, edited)).toBe(false)
    expect(isSameDraft(draft, draftFrom(defaultSettings()))).toBe(true)
  })

  it('saves as a patch the contract accepts, leaving the logo to its own methods', () => {
    const settings = defaultSettings()
    settings.documents.logoPath = '/logo.png'
    const result = savablePatch(draftFrom(settings))
    expect(result.errors).toEqual({})
    expect(SettingsPatchSchema.parse(result.patch)).toEqual(result.patch)
    expect(result.patch.documents).toEqual({
      useStockholmTypeForHeadings: false,
      bodyFont: 'timesNewRoman12',
      marginLeftCm: 2.5,
      marginRightCm: 2.5,
      marginTopCm: 2,
      marginBottomCm: 2,
      headerFooterCm: 1.25
    })
    expect(result.patch.dietaryRetentionDays).toBe(7)
  })

  it('shows stored numbers with a decimal comma', () => {
    const draft = draftFrom(defaultSettings())
    expect(readText(draft, 'documents.marginLeftCm')).toBe('2,5')
    expect(readText(draft, 'documents.headerFooterCm')).toBe('1,25')
    expect(readText(draft, 'dietaryRetentionDays')).toBe('7')
  })

  it('sends typed numbers as numbers, a Swedish decimal comma included', () => {
    let draft = withText(draftFrom(defaultSettings()), 'documents.marginLeftCm', '3,5')
    draft = withText(draft, 'dietaryRetentionDays', '30')
    const result = savablePatch(draft)
    expect(result.patch.documents?.marginLeftCm).toBe(3.5)
    expect(result.patch.dietaryRetentionDays).toBe(30)
  })

  it('leaves numbers outside the schema limits out of the save, with a Swedish message per field', () => {
    let draft = withText(draftFrom(defaultSettings()), 'documents.marginLeftCm', '9')
    draft = withText(draft, 'documents.headerFooterCm', '')
    draft = withText(draft, 'dietaryRetentionDays', '7.5')
    draft = withText(draft, 'documents.marginTopCm', '3')
    const result = savablePatch(draft)
    expect(result.errors).toEqual({
      'documents.marginLeftCm': 'Ange ett tal från 0,5 till 6 cm.',
      'documents.headerFooterCm': 'Ange ett tal från 0,3 till 4 cm.',
      dietaryRetentionDays: 'Ange ett heltal från 0 till 365 dagar.'
    })
    expect(result.patch.documents).toEqual({ useStockholmTypeForHeadings: false, bodyFont: 'timesNewRoman12', marginRightCm: 2.5, marginTopCm: 3, marginBottomCm: 2 })
    expect(result.patch).not.toHaveProperty('dietaryRetentionDays')
    expect(savablePatch(withText(draftFrom(defaultSettings()), 'dietaryRetentionDays', '366')).errors).toHaveProperty('dietaryRetentionDays')
    expect(savablePatch(withText(draftFrom(defaultSettings()), 'dietaryRetentionDays', '0')).errors).toEqual({})
  })

  it('never saves a half-typed e-mail or phone: it is left out and named, and every valid field is kept', () => {
    let draft = withText(draftFrom(defaultSettings()), 'coordinator.email', 'anna.lindqvist.stockholm')
    draft = withText(draft, 'sender.phone', '0701234')
    draft = withText(draft, 'councilName', 'Hägersten-Älvsjö')
    draft = withText(draft, 'coordinator.name', 'Anna Lindqvist')
    const { patch, errors } = savablePatch(draft)
    expect(Object.keys(errors).sort()).toEqual(['coordinator.email', 'sender.phone'])
    expect(errors['coordinator.email']).toMatch(/^ogiltig e-postadress/)
    expect(patch.coordinator).not.toHaveProperty('email')
    expect(patch.sender).not.toHaveProperty('phone')
    expect(patch).toMatchObject({ councilName: 'Hägersten-Älvsjö', coordinator: { name: 'Anna Lindqvist' } })
    expect(SettingsPatchSchema.safeParse(patch).success).toBe(true)
  })

  it('puts the server’s number errors in Swedish and leaves its text errors alone', () => {
    const server = SettingsPatchSchema.safeParse({ documents: { marginTopCm: 9 } })
    expect(server.success).toBe(false)
    const path = server.error?.issues[0]?.path.join('.') ?? ''
    expect(inSwedish({ [path]: 'Too big', 'sender.email': 'ogiltig e-postadress' })).toEqual({
      'documents.marginTopCm': 'Ange ett tal från 0,5 till 6 cm.',
      'sender.email': 'ogiltig e-postadress'
    })
  })

  it('every form field is a real settings field, each listed once', () => {
    const paths = TEXT_SECTIONS.flatMap((s) => s.fields.map((f) => f.path))
    expect(new Set(paths).size).toBe(paths.length)
    const draft = draftFrom(defaultSettings())
    for (const path of paths) {
      const [section, key] = path.split('.')
      const record = draft as unknown as Record<string, unknown>
      const value = key === undefined ? record[section] : (record[section] as Record<string, unknown>)[key]
      expect(typeof value, path).toBe('string')
    }
  })
})
