import { describe, expect, it } from 'vitest'
import { missingAddressText, outlookAddressList, recipientsOf, senderPlace, senderProblem } from '../../../src/shared/meetings/recipients'

describe('kallelse recipients', () => {
  const invitees = [
    { name: 'Abit Dundar', email: 'abit.dundar@example.org' },
    { name: 'Utan Adress', email: '' },
    { name: 'Fel Adress', email: 'inte en adress' },
    { name: 'Dubbel', email: 'ABIT.DUNDAR@example.org' },
    { name: 'Åsa Öberg', email: ' asa.oberg@example.org ' }
  ]

  it('names every invitee without a usable address, and lists each address once', () => {
    const r = recipientsOf(invitees)
    expect(r.withoutAddress).toEqual(['Utan Adress', 'Fel Adress'])
    expect(r.withAddress).toEqual([
      { name: 'Abit Dundar', email: 'abit.dundar@example.org' },
      { name: 'Åsa Öberg', email: 'asa.oberg@example.org' }
    ])
  })

  it('says how many lack an address, and joins addresses with semicolons for Outlook', () => {
    const r = recipientsOf(invitees)
    expect(missingAddressText(r)).toBe('2 kallade saknar e-postadress')
    expect(missingAddressText(recipientsOf([{ name: 'A', email: '' }]))).toBe('1 kallad saknar e-postadress')
    expect(missingAddressText(recipientsOf([]))).toBeNull()
    expect(outlookAddressList(r)).toBe('abit.dundar@example.org; asa.oberg@example.org')
  })

  it('asks for her own address before anything is sent: she is From and ORGANIZER', () => {
    expect(senderProblem({ email: 'stina@example.org' })).toBeNull()
    expect(senderProblem({ email: '' })).toMatch(/^Fyll i din e-postadress under Inställningar/)
    expect(senderProblem({ email: 'stina' })).not.toBeNull()
  })

  it('sends her to the meeting when the meeting has its own sender snapshot, else to Inställningar', () => {
    expect(senderPlace({ heldWith: null, senderSnapshot: {} })).toBe('i mötets Avsändare och kontaktruta')
    expect(senderPlace({ heldWith: null })).toBe('under Inställningar')
    expect(senderPlace({ heldWith: null, senderSnapshot: null })).toBe('under Inställningar')
    expect(senderProblem({ email: '' }, senderPlace({ heldWith: null, senderSnapshot: {} }))).toMatch(/^Fyll i din e-postadress i mötets Avsändare och kontaktruta:/)
  })
})
