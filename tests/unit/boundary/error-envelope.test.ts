import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { handlers } from '../../../src/main/api/handlers'
import { memoryStore, testContext } from '../../support/context'
import { megabytes } from '../../support/hostile'

const dispatch = () => createDispatch(handlers, testContext({ store: memoryStore() }))
const envelopeSize = (result: unknown) => JSON.stringify(result).length

describe('the error envelope stays small whatever the input', () => {
  it('names the first three of 100,000 unknown keys and counts the rest', async () => {
    const input = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`nyckel${i}`, 1]))
    const result = await dispatch()('settings.update', input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toContain('Okända fält: nyckel0, nyckel1, nyckel2 och 99\u00a0997 till.')
    expect(envelopeSize(result)).toBeLessThan(2_000)
  })

  it('truncates a 10 MB key name in the message and in the field path', async () => {
    const key = megabytes(10, 'k')
    const result = await dispatch()('settings.update', { [key]: 1, coordinator: { [key]: 2 } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(envelopeSize(result)).toBeLessThan(2_000)
    expect(result.error.message).toMatch(/Okänt fält: k+…/)
  })

  it('lists at most 20 fields, and three in the message with a count of the rest', async () => {
    const contacts = Array.from({ length: 500 }, () => 'ej ett id!')
    const result = await dispatch()('contacts.addToGroup', { groupId: 'inte ett id', contactIds: contacts })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.fields).toHaveLength(20)
    expect(result.error.message).toMatch(/och 498 fel till\)\.$/)
  })
})
