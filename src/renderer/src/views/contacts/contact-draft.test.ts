import { describe, expect, it } from 'vitest'
import { ContactInputSchema } from '../../../../shared/contract/contacts'
import type { Register } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import {
  draftFrom,
  fieldOfPath,
  findOrganisation,
  sameDraft,
  toInput,
  validateDraft,
  type ContactDraft
} from './contact-draft'

const at = '2026-01-15T08:00:00.000Z'
const register: Register = {
  contacts: [],
  organisations: [{ id: 'org-globen-1', name: 'Lokalpolisområde Globen', kind: 'police', createdAt: at, updatedAt: at }],
  groups: []
}
const blank = (patch: Partial<ContactDraft>): ContactDraft => ({ ...draftFrom(null, register), ...patch })

describe('contact form draft', () => {
  it('names every invalid field with the service schema’s Swedish message, as a sentence', () => {
    const errors = validateDraft(blank({ name: '  ', email: 'anna@@polisen.se', phone: '0701234' }), register)
    expect(errors).toEqual({
      name: 'Namn måste fyllas i.',
      email: 'Ogiltig e-postadress – skriv t.ex. namn@exempel.se.',
      phone: 'Ogiltigt telefonnummer – skriv t.ex. 08-508 22 030 eller 070-123 45 67.'
    })
  })

  it('accepts a valid draft, which the service schema then parses to the grouped phone', () => {
    const draft = blank({ name: 'Maria Björklund', email: 'maria@polisen.se', phone: '+46 70 123 45 67' })
    expect(validateDraft(draft, register)).toEqual({})
    expect(ContactInputSchema.parse(toInput(draft, register)).phone).toBe('070-123 45 67')
  })

  it('picks an existing organisation by name regardless of case, and creates an unknown one', () => {
    expect(findOrganisation(register, 'lokalpolisområde globen ')?.id).toBe('org-globen-1')
    expect(toInput(blank({ name: 'A', organisation: 'LOKALPOLISOMRÅDE GLOBEN' }), register)).toMatchObject({
      organisationId: 'org-globen-1',
      newOrganisation: null
    })
    expect(toInput(blank({ name: 'A', organisation: ' Västbergaskolan ', organisationKind: 'school' }), register)).toMatchObject({
      organisationId: null,
      newOrganisation: { name: 'Västbergaskolan', kind: 'school' }
    })
    expect(toInput(blank({ name: 'A', organisation: '' }), register)).toMatchObject({ organisationId: null, newOrganisation: null })
  })

  it('maps the service’s field paths to the form field that shows them', () => {
    expect(fieldOfPath('newOrganisation.name')).toBe('organisation')
    expect(fieldOfPath('email')).toBe('email')
    expect(fieldOfPath('groupIds.0')).toBe('groupIds')
    expect(fieldOfPath('mapping')).toBeNull()
  })

  it('starts an edit from the stored contact, phone grouped and organisation by name', () => {
    const contact: Contact = {
      id: 'c1',
      name: 'Maria',
      title: 'Kommunpolis',
      organisationId: 'org-globen-1',
      email: 'maria@polisen.se',
      phone: '0701234567',
      groupIds: ['g1'],
      notes: '',
      createdAt: at,
      updatedAt: at
    }
    expect(draftFrom(contact, register)).toMatchObject({ organisation: 'Lokalpolisområde Globen', phone: '070-123 45 67', groupIds: ['g1'] })
    expect(toInput(draftFrom(contact, register), register, 'c1').id).toBe('c1')
  })

  describe('whether closing must ask first', () => {
    const saved = blank({ name: 'Maria Björklund', phone: '070-123 45 67', groupIds: ['g-bra', 'g-skola'] })

    it('finds nothing to lose in an untouched form, regrouped phone or reordered groups', () => {
      expect(sameDraft(saved, saved)).toBe(true)
      expect(sameDraft({ ...saved, phone: '0701234567' }, saved)).toBe(true)
      expect(sameDraft({ ...saved, groupIds: ['g-skola', 'g-bra'] }, saved)).toBe(true)
    })

    it('sees an edit in any field, a group ticked or unticked, and a new number', () => {
      expect(sameDraft({ ...saved, notes: 'Ring efter 9' }, saved)).toBe(false)
      expect(sameDraft({ ...saved, name: 'Maria Björklund ' }, saved)).toBe(false)
      expect(sameDraft({ ...saved, organisationKind: 'police' }, saved)).toBe(false)
      expect(sameDraft({ ...saved, groupIds: ['g-bra'] }, saved)).toBe(false)
      expect(sameDraft({ ...saved, groupIds: ['g-bra', 'g-ny'] }, saved)).toBe(false)
      expect(sameDraft({ ...saved, phone: '070-123 45 68' }, saved)).toBe(false)
    })
  })
})
