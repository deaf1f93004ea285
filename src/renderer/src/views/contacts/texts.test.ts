import { describe, expect, it } from 'vitest'
import { IMPORT_TEXTS } from './import/texts'
import { GROUP_TEXTS, TEXTS } from './texts'

// Intl gives sv-SE a no-break space (U+00A0) or a narrow one (U+202F), depending on the ICU.
const GROUP = '[\u00a0\u202f]'

describe('counts in the contacts view are written the Swedish way', () => {
  it('groups thousands with a no-break space and keeps small numbers as they are', () => {
    expect(TEXTS.count(5000, 5000)).toMatch(new RegExp(`^5${GROUP}000 kontakter$`))
    expect(TEXTS.count(1, 1)).toBe('1 kontakt')
    expect(TEXTS.count(1234, 12500)).toMatch(new RegExp(`^1${GROUP}234 av 12${GROUP}500 kontakter visas$`))
    expect(GROUP_TEXTS.members(1)).toBe('1 medlem')
    expect(GROUP_TEXTS.members(2000)).toMatch(new RegExp(`^2${GROUP}000 medlemmar$`))
  })

  it('groups the import wizard’s button, counts and summary', () => {
    expect(IMPORT_TEXTS.commit({ add: 1, merge: 0 })).toBe('Lägg till 1 kontakt')
    expect(IMPORT_TEXTS.commit({ add: 5000, merge: 0 })).toMatch(new RegExp(`^Lägg till 5${GROUP}000 kontakter$`))
    expect(IMPORT_TEXTS.commit({ add: 1200, merge: 1000 })).toMatch(new RegExp(`^Lägg till 1${GROUP}200, slå ihop 1${GROUP}000$`))
    expect(IMPORT_TEXTS.counts({ new: 4999, duplicate: 1000, error: 1 })).toMatch(
      new RegExp(`^4${GROUP}999 nya, 1${GROUP}000 dubbletter, 1 rad med fel$`)
    )
    expect(IMPORT_TEXTS.added(10000)).toMatch(new RegExp(`^10${GROUP}000 nya kontakter lades till\\.$`))
    expect(IMPORT_TEXTS.file('lista.csv', 2500)).toMatch(new RegExp(`^lista\\.csv – 2${GROUP}500 rader$`))
  })
})

describe('the import wizard says what happens, in running Swedish', () => {
  it('names adds and merges apart: 3 new and 2 merged is "Lägg till 3, slå ihop 2", not "Importera 5 kontakter"', () => {
    expect(IMPORT_TEXTS.commit({ add: 3, merge: 2 })).toBe('Lägg till 3, slå ihop 2')
    expect(IMPORT_TEXTS.commit({ add: 0, merge: 2 })).toBe('Slå ihop 2 kontakter')
    expect(IMPORT_TEXTS.commit({ add: 3, merge: 0 })).toBe('Lägg till 3 kontakter')
  })

  it('writes a row label in lower case mid-sentence', () => {
    expect(IMPORT_TEXTS.decision('Rad 3')).toBe('Vad ska hända med rad 3?')
    expect(IMPORT_TEXTS.decision('Kontakt 12')).toBe('Vad ska hända med kontakt 12?')
  })

  it('shows an empty value as (tomt), not as empty quotation marks', () => {
    expect(IMPORT_TEXTS.change('Anteckningar', '', 'Sitter på Globen-stationen')).toBe('Anteckningar: (tomt) → ”Sitter på Globen-stationen”')
    expect(IMPORT_TEXTS.change('Titel/roll', 'Kommunpolis', '  ')).toBe('Titel/roll: ”Kommunpolis” → (tomt)')
    expect(IMPORT_TEXTS.change('Titel/roll', 'Kommunpolis', 'Områdespolis')).not.toContain('””')
  })
})
