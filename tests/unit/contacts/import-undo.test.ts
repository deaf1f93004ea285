import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IMPORT_PAGE_SIZE, type ImportAnalysis, type ImportPreview, type ImportSummary, type ImportUndoSummary } from '../../../src/shared/contract/contacts'
import { fixture, harness, seededDatabase, withTempDir } from './support'

async function imported(decisions: { rowNumber: number; action: string }[] = []) {
  const h = harness(seededDatabase())
  await h.call('contacts.save', { name: 'Före Importen', email: 'fore@example.org' })
  h.dialogs.open = fixture('duplicates.csv')
  const preview = await h.call<ImportPreview>('contacts.importOpen')
  const groupId = h.store.read().groups[0].id
  const before = h.store.read()
  const summary = await h.call<ImportSummary>('contacts.importCommit', { token: preview.token, mapping: preview.guessedMapping, decisions, groupId })
  return { h, before, summary }
}

describe('Ångra importen', () => {
  it('removes exactly what the import added and restores what it merged, in one write', async () => {
    const { h, before, summary } = await imported()
    expect(summary).toMatchObject({ added: 2, merged: 3, organisationsCreated: 1 })
    expect(h.store.read()).not.toEqual(before)
    const writes = h.store.writes
    const undone = await h.call<ImportUndoSummary>('contacts.importUndo', { undoToken: summary.undoToken })
    expect(undone).toEqual({ removed: 2, restored: 2, organisationsRemoved: 1, changedSince: [] })
    expect(h.store.writes).toBe(writes + 1)
    expect(h.store.read()).toEqual(before)
  })

  it('leaves a merged contact she changed again afterwards, and says so', async () => {
    const { h, summary } = await imported()
    const anna = h.store.read().contacts.find((c) => c.id === 'contact-anna')
    h.ctx.clock = () => new Date('2019-02-22T09:30:00Z')
    await h.call('contacts.save', { ...anna, title: 'Gruppchef' })
    const undone = await h.call<ImportUndoSummary>('contacts.importUndo', { undoToken: summary.undoToken })
    expect(undone.changedSince).toEqual(['Anna Lindqvist'])
    expect(h.store.read().contacts.find((c) => c.id === 'contact-anna')?.title).toBe('Gruppchef')
  })

  it('is done once: a second undo is refused in Swedish and changes nothing', async () => {
    const { h, summary } = await imported()
    await h.call('contacts.importUndo', { undoToken: summary.undoToken })
    const after = h.store.read()
    const again = await h.raw('contacts.importUndo', { undoToken: summary.undoToken })
    expect(again).toMatchObject({ ok: false, error: { code: 'notFound', message: expect.stringMatching(/kan inte längre ångras/) } })
    expect(h.store.read()).toBe(after)
  })

  it('unlinks an imported contact that was put on a meeting since, instead of leaving a dangling link', async () => {
    const { h, summary } = await imported()
    const added = h.store.read().contacts.find((c) => c.name === 'Eva Strand')
    await h.store.update((db) => {
      db.meetings[1].invitees.push({ contactId: added?.id ?? null, name: 'Eva Strand', role: 'Polis', organisation: '', email: 'eva.strand@example.org' })
    })
    await h.call('contacts.importUndo', { undoToken: summary.undoToken })
    expect(h.store.read().meetings[1].invitees.at(-1)).toMatchObject({ contactId: null, name: 'Eva Strand' })
  })
})

describe('analysis pages', () => {
  it('sends the rows that need her eye a page at a time, never the whole file', async () => {
    await withTempDir(async (dir) => {
      const lines = Array.from({ length: 5_000 }, (_, i) => (i % 20 === 0 ? `Trasig ${i};inte-en-adress` : `Person ${i};p${i}@example.org`))
      await writeFile(join(dir, 'stor.csv'), ['Namn;E-post', ...lines].join('\r\n'))
      const h = harness(seededDatabase())
      h.dialogs.open = join(dir, 'stor.csv')
      const preview = await h.call<ImportPreview>('contacts.importOpen')
      const first = await h.call<ImportAnalysis>('contacts.importAnalyse', { token: preview.token, mapping: preview.guessedMapping })
      expect(first.counts).toEqual({ new: 4_750, duplicate: 0, error: 250 })
      expect(first).toMatchObject({ offset: 0, total: 250 })
      expect(first.rows).toHaveLength(IMPORT_PAGE_SIZE)
      expect(JSON.stringify(first).length).toBeLessThan(100_000)
      const last = await h.call<ImportAnalysis>('contacts.importAnalyse', { token: preview.token, mapping: preview.guessedMapping, offset: 200 })
      expect(last.rows.map((r) => r.label)).toEqual(Array.from({ length: 50 }, (_, k) => `Rad ${(200 + k) * 20 + 2}`))
    })
  })
})
