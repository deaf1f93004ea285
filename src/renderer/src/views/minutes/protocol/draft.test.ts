import { describe, expect, it } from 'vitest'
import { MinutesSchema } from '../../../../../shared/domain/meetings'
import { draftOf, inputOf } from './draft'

describe('the protokoll form', () => {
  it('shows two justerare fields and sends only those filled in, and no date while the field is empty', () => {
    const minutes = MinutesSchema.parse({ kind: 'protocol', approvers: ['Linda Palo'] })
    const draft = draftOf(minutes)
    expect(draft.approvers).toEqual(['Linda Palo', ''])
    expect(inputOf(draft)).toMatchObject({ approvers: ['Linda Palo'], approvedOn: null })
    expect(inputOf({ ...draft, approvers: ['  ', ' Anders Carstorp '], approvedOn: ' 2019-03-05 ' })).toMatchObject({ approvers: ['Anders Carstorp'], approvedOn: '2019-03-05' })
  })
})
