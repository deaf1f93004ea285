import { describe, expect, it } from 'vitest'
import { ContactInputSchema } from '../../../src/shared/contract/contacts'
import { ContactSchema } from '../../../src/shared/domain/contacts'
import { InviteeSchema } from '../../../src/shared/domain/meetings'
import { EmailSchema, multilineText, requiredText, textField } from '../../../src/shared/domain/primitives'
import { RegistrationSchema } from '../../../src/shared/domain/seminars'
import { cleanText } from '../../../src/shared/domain/text'
import { INVISIBLE_MARK } from '../../../src/shared/domain/text-fields'
import { SettingsPatchSchema } from '../../../src/shared/contract/settings'
import { exampleDatabase } from '../../../src/main/example'
import { decodeDatabase } from '../../../src/main/store/decode'
import { HOSTILE_CHARACTERS, HOSTILE_JUNK, INVISIBLE_NAME, PRECIOUS_TEXT } from '../../support/hostile'

const STAMP = '2019-02-22T08:00:00.000Z'

describe('text normalisation at the boundary', () => {
  it.each(Object.entries(HOSTILE_CHARACTERS))('strips %s from a single-line field', (_name, junk) => {
    expect(textField(200).parse(`Anna${junk} Berg`)).toBe('Anna Berg')
  })

  it('keeps Swedish letters, emoji, right-to-left letters and combining marks', () => {
    expect(textField(200).parse(PRECIOUS_TEXT)).toBe(PRECIOUS_TEXT)
    expect(textField(200).parse(`${HOSTILE_JUNK}${PRECIOUS_TEXT}${HOSTILE_JUNK}`)).toBe(PRECIOUS_TEXT)
  })

  it('keeps tabs and line breaks in multi-line fields only, with Windows line ends made \\n', () => {
    expect(multilineText().parse('rad 1\r\nrad\t2\rrad 3')).toBe('rad 1\nrad\t2\nrad 3')
    expect(textField().parse('rad 1\r\nrad\t2')).toBe('rad 1 rad 2')
  })

  it('does not count invisible characters as filled in, with the field’s own Swedish message', () => {
    const name = ContactInputSchema.safeParse({ name: INVISIBLE_NAME })
    expect(name.success).toBe(false)
    expect(name.error?.issues[0]).toMatchObject({ path: ['name'], message: 'namn måste fyllas i' })
    expect(requiredText(200).safeParse('\u200b\u200b \u00a0').success).toBe(false)
    expect(requiredText(200).safeParse('\u0001Å').data).toBe('Å')
  })

  it('normalises stored records when they are read instead of refusing them', () => {
    const stored = {
      id: 'c0ffee00-0000-4000-8000-000000000001',
      name: 'Anna\u0000 Berg\u202e',
      notes: 'Rad\u0007 1\r\nRad 2\ufffe',
      email: 'anna\u0000@polisen.se',
      createdAt: STAMP,
      updatedAt: STAMP
    }
    expect(ContactSchema.parse(stored)).toMatchObject({ name: 'Anna Berg', notes: 'Rad 1\nRad 2', email: 'anna@polisen.se' })
  })

  it('reads a stored name of only invisible characters as "(tomt)" rather than refusing the register', () => {
    const stored = { id: 'c0ffee00-0000-4000-8000-000000000002', name: INVISIBLE_NAME, createdAt: STAMP, updatedAt: STAMP }
    expect(ContactSchema.parse(stored).name).toBe(INVISIBLE_MARK)
    expect(ContactSchema.safeParse({ ...stored, name: '  ' }).success).toBe(false)
  })

  it('loads a whole data file with junk in every kind of text field, normalised', () => {
    const db = exampleDatabase()
    db.contacts[0].name = `${HOSTILE_JUNK}${db.contacts[0].name}`
    db.meetings[0].agenda[0].title = `\u202e${db.meetings[0].agenda[0].title}\u0000`
    db.settings.coordinator.email = 'gammal@adress.c.d'
    db.settings.sender.phone = '08508 00 508'
    const decoded = decodeDatabase(JSON.stringify(db), { newId: () => 'ny-id-0001', now: STAMP })
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    expect(decoded.db.contacts[0].name).toBe(exampleDatabase().contacts[0].name)
    expect(decoded.db.meetings[0].agenda[0].title).toBe(exampleDatabase().meetings[0].agenda[0].title)
    expect(decoded.db.settings.coordinator.email).toBe('gammal@adress.c.d')
    expect(decoded.db.settings.sender.phone).toBe('08-508 00 508')
    expect(SettingsPatchSchema.safeParse({ coordinator: { email: 'gammal@adress.c.d' } }).success).toBe(false)
  })

  it('cleans a megabyte of junk in one linear pass', () => {
    expect(cleanText(HOSTILE_JUNK.repeat(20_000))).toBe('')
  })
})

describe('the one e-mail schema', () => {
  const schemas = {
    contact: ContactInputSchema.shape.email,
    invitee: InviteeSchema.shape.email,
    registration: RegistrationSchema.shape.email,
    settings: SettingsPatchSchema.shape.coordinator.unwrap().shape.email.unwrap()
  }

  it.each(Object.entries(schemas))('checks the %s address (empty means none)', (_field, schema) => {
    expect(schema.parse('  anna.berg@polisen.se ')).toBe('anna.berg@polisen.se')
    expect(schema.parse('')).toBe('')
    for (const bad of ['anna.se', 'anna@@polisen.se', 'anna@polisen..se', 'anna@polisen.s1', 'an na@polisen.se']) {
      expect(schema.safeParse(bad).success, bad).toBe(false)
    }
  })

  it('refuses an over-long address with the length message only', () => {
    const issues = EmailSchema.safeParse(`${'a'.repeat(300)}@polisen.se`).error?.issues
    expect(issues?.map((i) => i.message)).toEqual(['högst 254 tecken'])
  })
})
