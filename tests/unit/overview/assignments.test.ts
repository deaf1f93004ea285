import { describe, expect, it } from 'vitest'
import { overdueTodos } from '../../../src/shared/overview/assignments'
import { assignment } from './build'
import { plain } from './plain'

const contacts = [{ id: 'contact-anna', name: 'Anna Lindqvist' }]

describe('Översikt: overdue assignments by owner', () => {
  it('one due today is not overdue; one due yesterday is', () => {
    expect(overdueTodos([assignment({ ownerName: 'Polisen', dueDate: '2019-05-08' })], [], '2019-05-08')).toEqual([])
    const late = overdueTodos([assignment({ ownerName: 'Polisen', dueDate: '2019-05-07' })], [], '2019-05-08')
    expect(late).toMatchObject([{ kind: 'overdueAssignments', urgency: 'late', date: '2019-05-07', route: { view: 'assignments', params: [] } }])
    expect(plain(late[0].text)).toBe('Polisen: 1 försenat uppdrag, som skulle vara klart den 7 maj 2019.')
  })

  it('groups by owner (the register contact, or the typed name however it is written), with the oldest date', () => {
    const items = overdueTodos(
      [
        assignment({ ownerContactId: 'contact-anna', dueDate: '2019-04-01' }),
        assignment({ ownerContactId: 'contact-anna', dueDate: '2019-03-15' }),
        assignment({ ownerName: 'Polisen Lpo Skärholmen', dueDate: '2019-05-01' }),
        assignment({ ownerName: 'polisen lpo skärholmen ', dueDate: '2019-04-20' })
      ],
      contacts,
      '2019-05-08'
    )
    expect(items.map((i) => plain(i.text))).toEqual([
      'Anna Lindqvist: 2 försenade uppdrag, det äldsta skulle vara klart den 15 mars 2019.',
      'Polisen Lpo Skärholmen: 2 försenade uppdrag, det äldsta skulle vara klart den 20 april 2019.'
    ])
  })

  it('leaves out done, cancelled and undated ones; names one without owner', () => {
    const items = overdueTodos(
      [
        assignment({ ownerName: 'A', dueDate: '2019-04-01', status: 'done' }),
        assignment({ ownerName: 'B', dueDate: '2019-04-01', status: 'cancelled' }),
        assignment({ ownerName: 'C', dueDate: null }),
        assignment({ dueDate: '2019-04-02' })
      ],
      [],
      '2019-05-08'
    )
    expect(items.map((i) => plain(i.text))).toEqual(['Uppdrag utan ansvarig: 1 försenat uppdrag, som skulle vara klart den 2 april 2019.'])
  })
})
