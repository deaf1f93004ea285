import { describe, expect, it } from 'vitest'
import { renamedItems } from './renamed-items'

describe('agenda items named by main on save', () => {
  it('maps a new item’s id to the one stored, position by position, and leaves known ones alone', () => {
    const renamed = renamedItems([{ id: 'item-000001' }, { id: 'local-new-1' }], [{ id: 'item-000001' }, { id: 'item-000002' }])
    expect([...renamed]).toEqual([['local-new-1', 'item-000002']])
  })

  it('maps nothing when the lists do not line up', () => {
    expect(renamedItems([{ id: 'a' }], [{ id: 'b' }, { id: 'c' }]).size).toBe(0)
  })
})
