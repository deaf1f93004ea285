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
    expect(IMPORT_TEXTS.commit(1)).toBe('Importera 1 kontakt')
    expect(IMPORT_TEXTS.commit(5000)).toMatch(new RegExp(`^Importera 5${GROUP}000 kontakter$`))
    expect(IMPORT_TEXTS.counts({ new: 4999, duplicate: 1000, error: 1 })).toMatch(
      new RegExp(`^4${GROUP}999 nya, 1${GROUP}000 dubbletter, 1 rad med fel$`)
    )
    expect(IMPORT_TEXTS.added(10000)).toMatch(new RegExp(`^10${GROUP}000 nya kontakter lades till\\.$`))
    expect(IMPORT_TEXTS.file('lista.csv', 2500)).toMatch(new RegExp(`^lista\\.csv – 2${GROUP}500 rader$`))
  })
})
