import { describe, expect, it } from 'vitest'
import { SettingsPatchSchema } from '../../../../shared/contract/settings'
import { defaultSettings } from '../../../../shared/domain/settings'
import { draftFrom, isSameDraft, readText, toPatch, withText } from './draft'
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
    const patch = toPatch(draftFrom(settings))
    expect(SettingsPatchSchema.safeParse(patch).success).toBe(true)
    expect(patch.documents).toEqual({ useStockholmTypeForHeadings: false, bodyFont: 'timesNewRoman12' })
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
