import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ErasureSummary } from '../../../src/shared/contract/contacts'
import { DecidedActionSchema, PriorityAreaSchema } from '../../../src/shared/domain/areas'
import { harness, seededDatabase, withTempDir } from '../contacts/support'

const T = '2019-02-22T12:00:00.000Z'

/** The contacts' seed, with three insatser Anna carries: decided at the held meeting, from the planned one's assignment, and by hand. */
function seeded() {
  const db = seededDatabase()
  db.priorityAreas.push(PriorityAreaSchema.parse({ id: 'area-vastertorp', name: 'Västertorp', createdAt: T, updatedAt: T }))
  const action = (id: string, title: string, source: unknown) =>
    DecidedActionSchema.parse({ id, title, areaIds: ['area-vastertorp'], ownerContactId: 'contact-anna', startDate: '2019-02-22', status: 'ongoing', source, createdAt: T, updatedAt: T })
  db.decidedActions.push(
    action('action-held', 'Trygghetsvandring i Västertorp', { kind: 'decision', meetingId: 'meeting-held', agendaItemId: 'item-held-1', decisionId: 'decision-held-1' }),
    action('action-planned', 'Boka lokal för vandringen', { kind: 'assignment', assignmentId: 'assign-planned' }),
    action('action-manual', 'Kontakta Stockholmshem', { kind: 'manual' })
  )
  return db
}

describe('insatser and the person’s rights', () => {
  it('the register extract lists the insatser she carries, with their areas and status', async () => {
    await withTempDir(async (dir) => {
      const h = harness(seeded())
      h.dialogs.save = join(dir, 'utdrag.json')
      const saved = await h.call<{ path: string }>('contacts.extract', { id: 'contact-anna', format: 'json' })
      const json = JSON.parse(await readFile(saved.path, 'utf8'))
      expect(json.Insatser).toEqual([
        { Insats: 'Trygghetsvandring i Västertorp', 'Prioriterade områden': 'Västertorp', Start: '2019-02-22', Status: 'Pågår' },
        { Insats: 'Boka lokal för vandringen', 'Prioriterade områden': 'Västertorp', Start: '2019-02-22', Status: 'Pågår' },
        { Insats: 'Kontakta Stockholmshem', 'Prioriterade områden': 'Västertorp', Start: '2019-02-22', Status: 'Pågår' }
      ])
    })
  })

  it('erasing her unlinks every insats: decided at a held meeting her name stays as written, otherwise the owner is cleared', async () => {
    const h = harness(seeded())
    const summary = await h.call<ErasureSummary>('contacts.erase', { id: 'contact-anna' })
    expect(summary.counts.actionsUnlinked).toBe(3)
    expect(summary.kept).toContain('3 insatser finns kvar; beslutade vid hållna möten med ansvarigs namn som det skrevs, övriga utan ansvarig')
    const owners = h.store.read().decidedActions.map((a) => [a.id, a.ownerContactId, a.ownerName, a.title])
    expect(owners).toEqual([
      ['action-held', null, 'Anna Lindqvist', 'Trygghetsvandring i Västertorp'],
      ['action-planned', null, '', 'Boka lokal för vandringen'],
      ['action-manual', null, '', 'Kontakta Stockholmshem']
    ])
    expect(JSON.stringify(h.store.read())).not.toContain('"contact-anna"')
  })
})
