import { describe, expect, it } from 'vitest'
import { AgendaItemSchema } from '../../../../shared/domain/meetings'
import { doc, paragraph } from '../../../../shared/rich-text'
import { savedItem } from './useMinutesMutations'

const item = AgendaItemSchema.parse({
  id: 'item-0001',
  title: 'Beslutade insatser',
  revision: 3,
  decisions: [{ id: 'dec-0001', text: 'Kartlägga personrånen', areaIds: ['area-ungd'] }]
})

describe('an item in the cache after its autosave', () => {
  it('takes the saved text and revision, and each decision keeps its areas (they are not sent)', () => {
    const after = savedItem(item, { itemId: item.id, baseRevision: 3, notes: doc(paragraph('Nytt.')), decisions: [{ id: 'dec-0001', text: 'Kartlägga personrånen mot unga' }, { id: 'dec-0002', text: 'Trygghetsvandring' }] }, 4)
    expect(after.revision).toBe(4)
    expect(after.notes).toEqual(doc(paragraph('Nytt.')))
    expect(after.decisions).toEqual([
      { id: 'dec-0001', text: 'Kartlägga personrånen mot unga', areaIds: ['area-ungd'] },
      { id: 'dec-0002', text: 'Trygghetsvandring', areaIds: [] }
    ])
  })

  it('leaves the decisions as they were when only the notes were saved', () => {
    expect(savedItem(item, { itemId: item.id, baseRevision: 3, notes: doc() }, 4).decisions).toEqual(item.decisions)
  })
})
