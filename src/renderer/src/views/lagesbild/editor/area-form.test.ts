import { describe, expect, it } from 'vitest'
import { areaFormOf, parseAreaForm, withSource } from './area-form'

const area = { name: 'Västertorp', kind: 'place' as const, description: 'Torget och tunnelbanan.', activeSince: '2019-01-01', closedOn: null, dataSources: ['SSP'] }

describe('the area form', () => {
  it('reads back what it was filled with, an empty closing date meaning still active', () => {
    expect(parseAreaForm(areaFormOf(area))).toEqual({ facts: area, errors: {} })
  })

  it('reads typed dates with the shared rules and refuses a closing before the start', () => {
    const typed = { ...areaFormOf(area), activeSince: '20190301', closedOn: '2024-6-14' }
    expect(parseAreaForm(typed).facts).toMatchObject({ activeSince: '2019-03-01', closedOn: '2024-06-14' })
    const early = parseAreaForm({ ...typed, closedOn: '2018-12-31' })
    expect(early.facts).toBeNull()
    expect(early.errors.closedOn).toBe('Avslutat kan inte vara före aktivt sedan')
    expect(parseAreaForm({ ...typed, activeSince: '2019-02-30' }).errors.activeSince).toBeTruthy()
  })

  it('needs a name', () => {
    expect(parseAreaForm({ ...areaFormOf(area), name: '  ' }).errors).toEqual({ name: 'Ange områdets namn' })
  })

  it('adds a data source once, whatever its case, and never a blank one', () => {
    expect(withSource(['SSP'], ' Trygghetsmätningen ')).toEqual(['SSP', 'Trygghetsmätningen'])
    expect(withSource(['SSP'], 'ssp')).toEqual(['SSP'])
    expect(withSource(['SSP'], '  ')).toEqual(['SSP'])
  })
})
