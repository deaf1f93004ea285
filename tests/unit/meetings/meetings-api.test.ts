import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { handlers } from '../../../src/main/api/handlers'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import { emptyDatabase, type Database } from '../../../src/shared/domain/database'
import { memoryStore, testContext } from '../../support/context'

function api(db: Database = exampleDatabase()) {
  const store = memoryStore(db)
  return { store, dispatch: createDispatch(handlers, testContext({ store })) }
}

/** The held meeting moved to another date and time, as a third meeting. */
function withExtraMeeting(date: string, startTime: string, id: string): Database {
  const db = exampleDatabase()
  const copy = structuredClone(db.meetings[0])
  db.meetings.push({ ...copy, id, date, startTime, endTime: '17:00', calendarUid: `${id}@test`, agenda: [] })
  return db
}

describe('meetings.list', () => {
  it('lists the example meetings newest first as summaries', async () => {
    const result = await api().dispatch('meetings.list', undefined)
    expect(result).toEqual({
      ok: true,
      value: [
        {
          id: EXAMPLE_IDS.plannedMeeting,
          council: 'Hägersten-Liljeholmen',
          date: '2019-05-10',
          startTime: '09:00',
          endTime: '11:00',
          status: 'planned',
          placeAddress: 'Hägersten-Liljeholmens SDF, Telefonvägen 30',
          agendaCount: 7,
          kallelseSentAt: null,
          cancelReason: ''
        },
        expect.objectContaining({ id: EXAMPLE_IDS.heldMeeting, date: '2019-02-22', status: 'held', agendaCount: 6 })
      ]
    })
  })

  it('orders meetings on the same day by start time, later first', async () => {
    const db = withExtraMeeting('2019-02-22', '13:00', 'afternoon-1')
    const result = await api(db).dispatch('meetings.list', {})
    if (!result.ok) throw new Error(result.error.message)
    const rows = result.value as { id: string; agendaCount: number }[]
    expect(rows.map((r) => r.id)).toEqual([EXAMPLE_IDS.plannedMeeting, 'afternoon-1', EXAMPLE_IDS.heldMeeting])
    expect(rows[1].agendaCount).toBe(0)
  })

  it('returns an empty list for an empty register', async () => {
    expect(await api(emptyDatabase()).dispatch('meetings.list', null)).toEqual({ ok: true, value: [] })
  })

  it('rejects unexpected input and writes nothing', async () => {
    const { store, dispatch } = api()
    expect(await dispatch('meetings.list', { status: 'held' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    expect(store.writes).toBe(0)
  })
})

describe('meetings.get', () => {
  it('returns the whole meeting, minutes included', async () => {
    const db = exampleDatabase()
    const result = await api(db).dispatch('meetings.get', { id: EXAMPLE_IDS.heldMeeting })
    expect(result).toEqual({ ok: true, value: db.meetings[0] })
  })

  it('returns a copy: changing it does not change the register', async () => {
    const { store, dispatch } = api()
    const result = await dispatch('meetings.get', { id: EXAMPLE_IDS.heldMeeting })
    if (!result.ok) throw new Error(result.error.message)
    ;(result.value as { council: string }).council = 'ändrat'
    expect(store.read().meetings[0].council).toBe('Hägersten-Liljeholmen')
  })

  it('says in Swedish that a meeting that does not exist is not found', async () => {
    const result = await api().dispatch('meetings.get', { id: 'finns-inte-123' })
    expect(result).toEqual({ ok: false, error: { code: 'notFound', message: 'Mötet finns inte längre.' } })
  })

  it.each([
    ['a malformed id', { id: 'ej giltigt!' }, 'id'],
    ['a missing id', {}, 'id'],
    ['a number as id', { id: 42 }, 'id'],
    ['no input at all', undefined, '(indata)']
  ])('rejects %s with an error naming the field', async (_what, input, field) => {
    const { store, dispatch } = api()
    const result = await dispatch('meetings.get', input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalidInput')
    expect(result.error.fields?.map((f) => f.path)).toContain(field)
    expect(store.writes).toBe(0)
  })

  it('rejects unknown fields next to the id', async () => {
    const result = await api().dispatch('meetings.get', { id: EXAMPLE_IDS.heldMeeting, extra: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
  })
})
