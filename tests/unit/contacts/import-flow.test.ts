import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/main/api/errors'
import type { ImportAnalysis, ImportPreview, ImportSummary, Register } from '../../../src/shared/contract/contacts'
import { fixture, harness, seededDatabase } from './support'

async function openDuplicates() {
  const h = harness(seededDatabase())
  h.dialogs.open = fixture('duplicates.csv')
  const preview = await h.call<ImportPreview>('contacts.importOpen')
  return { h, preview }
}

describe('import: open, analyse, commit', () => {
  it('previews the file with guessed mapping and writes nothing before commit', async () => {
    const { h, preview } = await openDuplicates()
    expect(preview).toMatchObject({ fileName: 'duplicates.csv', format: 'csv', rowCount: 6, problems: [] })
    expect(preview.headers).toEqual(['Namn', 'Organisation', 'Titel', 'E-post', 'Telefon', 'Anteckningar'])
    expect(preview.sampleRows).toHaveLength(5)
    expect(preview.sampleRows[0][0]).toBe('Anna Lindqvist')
    expect(preview.guessedMapping).toMatchObject({ name: 0, organisation: 1, title: 2, email: 3, phone: 4, notes: 5, firstName: null })
    await h.call('contacts.importAnalyse', { token: preview.token, mapping: preview.guessedMapping })
    expect(h.store.writes).toBe(0)
  })

  it('returns null and keeps nothing when the file dialog is cancelled', async () => {
    const h = harness()
    expect(await h.call('contacts.importOpen')).toBeNull()
  })

  it('finds duplicates by e-mail (any case) and by name + organisation, in the register and earlier in the file', async () => {
    const { h, preview } = await openDuplicates()
    const analysis = await h.call<ImportAnalysis>('contacts.importAnalyse', { token: preview.token, mapping: preview.guessedMapping })
    expect(analysis.counts).toEqual({ new: 2, duplicate: 3, error: 1 })
    const byRow = new Map(analysis.rows.map((r) => [r.rowNumber, r]))
    expect(byRow.get(2)).toMatchObject({
      status: 'duplicate',
      proposedAction: 'merge',
      duplicate: { source: 'register', reason: 'email', contactId: 'contact-anna', name: 'Anna Lindqvist' }
    })
    expect(byRow.get(2)?.duplicate?.changes).toEqual([
      { field: 'phone', from: '08-401 23 45', to: '070-111 22 33' },
      { field: 'notes', from: 'Föredrar mejl', to: 'Föredrar mejl\nNy mobil' }
    ])
    expect(byRow.get(3)?.duplicate).toMatchObject({ source: 'register', reason: 'nameAndOrganisation', contactId: 'contact-bertil' })
    // New rows are only counted: the wizard is sent the rows she must look at.
    expect(byRow.has(4)).toBe(false)
    expect(analysis).toMatchObject({ offset: 0, total: 4 })
    expect(byRow.get(5)?.duplicate).toMatchObject({ source: 'file', reason: 'nameAndOrganisation', rowNumber: 4, contactId: null })
    expect(byRow.get(6)).toMatchObject({ status: 'error', proposedAction: 'skip', errors: ['Rad 6: ogiltig e-postadress "david@example".'] })
    expect(byRow.has(7)).toBe(false)
  })

  it('commits the decisions in one write and reports what was added, merged and skipped, and why', async () => {
    const { h, preview } = await openDuplicates()
    const summary = await h.call<ImportSummary>('contacts.importCommit', {
      token: preview.token,
      mapping: preview.guessedMapping,
      decisions: [{ rowNumber: 3, action: 'skip' }]
    })
    expect(summary).toEqual({
      added: 2,
      merged: 2,
      organisationsCreated: 1,
      skipped: [
        { rowNumber: 3, label: 'Rad 3', reason: 'hoppades över enligt ditt val' },
        { rowNumber: 6, label: 'Rad 6', reason: 'Rad 6: ogiltig e-postadress "david@example".' }
      ],
      undoToken: expect.stringMatching(/^undo-/)
    })
    expect(h.store.writes).toBe(1)
    const { contacts, organisations } = h.store.read()
    expect(contacts).toHaveLength(4)
    const anna = contacts.find((c) => c.id === 'contact-anna')
    expect(anna).toMatchObject({ name: 'Anna Lindqvist', email: 'anna.lindqvist@example.org', phone: '070-111 22 33', notes: 'Föredrar mejl\nNy mobil' })
    const cecilia = contacts.filter((c) => c.name.toLowerCase() === 'cecilia holm')
    expect(cecilia).toHaveLength(1)
    expect(cecilia[0]).toMatchObject({ name: 'Cecilia Holm', title: 'Områdeschef', phone: '08-123 45 67', email: 'cecilia.holm@example.org' })
    const eva = contacts.find((c) => c.name === 'Eva Strand')
    expect(eva?.organisationId).toBe('org-polisen')
    expect(organisations.map((o) => o.name).sort()).toEqual(['Polisen Lpo Skärholmen', 'Stockholmshem'])
    expect(contacts.find((c) => c.id === 'contact-bertil')?.title).toBe('Rektor')
    await expect(h.call('contacts.importAnalyse', { token: preview.token, mapping: preview.guessedMapping })).rejects.toThrow(/gått ut/)
  })

  it('adds a duplicate as a new person when she chooses "add", and puts everyone in the chosen group', async () => {
    const { h, preview } = await openDuplicates()
    const summary = await h.call<ImportSummary>('contacts.importCommit', {
      token: preview.token,
      mapping: preview.guessedMapping,
      decisions: [{ rowNumber: 2, action: 'add' }, { rowNumber: 3, action: 'skip' }, { rowNumber: 4, action: 'skip' }],
      groupId: 'grp-kallade'
    })
    // Row 5 merged into row 4, which was skipped: it is added instead, so nothing is lost.
    expect(summary).toMatchObject({ added: 3, merged: 0 })
    const { contacts } = h.store.read()
    expect(contacts.filter((c) => c.name === 'Anna Lindqvist')).toHaveLength(2)
    expect(contacts.find((c) => c.name === 'cecilia holm')?.phone).toBe('08-123 45 67')
    expect(contacts.filter((c) => c.groupIds.includes('grp-kallade'))).toHaveLength(4)
  })

  it('is all or nothing: a failure midway leaves the register as it was', async () => {
    const { h, preview } = await openDuplicates()
    const before = structuredClone(h.store.read())
    let ids = 0
    h.ctx.newId = () => {
      if (++ids === 2) throw new Error('disk full')
      return `new-id-${String(ids).padStart(4, '0')}`
    }
    const result = await h.raw('contacts.importCommit', { token: preview.token, mapping: preview.guessedMapping })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(h.store.read()).toEqual(before)
    expect(h.store.writes).toBe(0)
  })

  it('keeps the import open after a failed write so she can try again', async () => {
    const { h, preview } = await openDuplicates()
    const before = structuredClone(h.store.read())
    const realUpdate = h.store.update
    h.store.update = async (mutate) => {
      mutate(structuredClone(h.store.read()) as never)
      throw new AppError('storage', 'Ändringen kunde inte sparas.')
    }
    const failed = await h.raw('contacts.importCommit', { token: preview.token, mapping: preview.guessedMapping })
    expect(failed).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(h.store.read()).toEqual(before)
    h.store.update = realUpdate
    const summary = await h.call<ImportSummary>('contacts.importCommit', { token: preview.token, mapping: preview.guessedMapping })
    expect(summary.added).toBe(2)
  })

  it('requires a name column and refuses columns outside the file', async () => {
    const { h, preview } = await openDuplicates()
    const noName = await h.raw('contacts.importAnalyse', { token: preview.token, mapping: { ...preview.guessedMapping, name: null } })
    expect(noName).toMatchObject({ ok: false, error: { code: 'invalidInput', fields: [{ path: 'mapping' }] } })
    const outside = await h.raw('contacts.importAnalyse', { token: preview.token, mapping: { ...preview.guessedMapping, notes: 40 } })
    expect(outside).toMatchObject({ ok: false, error: { message: 'En vald kolumn finns inte i filen.' } })
  })

  it('forgets an open import after an hour', async () => {
    const { h, preview } = await openDuplicates()
    h.ctx.clock = () => new Date('2019-02-22T09:30:00Z')
    const result = await h.raw('contacts.importAnalyse', { token: preview.token, mapping: preview.guessedMapping })
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it('logs counts and formats only, never names, addresses or file names', async () => {
    const { h, preview } = await openDuplicates()
    const logged: string[] = []
    const capture = (message: string, meta?: object) => logged.push(`${message} ${JSON.stringify(meta ?? {})}`)
    h.ctx.log = { info: capture, warn: capture, error: capture }
    h.dialogs.open = fixture('duplicates.csv')
    await h.call('contacts.importOpen')
    await h.call('contacts.importCommit', { token: preview.token, mapping: preview.guessedMapping })
    expect(logged).toEqual(['contacts import opened {"format":"csv","rows":6}', 'contacts import committed {"added":2,"merged":3,"skipped":1}'])
  })

  it('imports vCards into a register that then lists them', async () => {
    const h = harness()
    h.dialogs.open = fixture('outlook-3.vcf')
    const preview = await h.call<ImportPreview>('contacts.importOpen')
    await h.call('contacts.importCommit', { token: preview.token, mapping: preview.guessedMapping })
    const register = await h.call<Register>('contacts.list')
    expect(register.contacts.map((c) => c.name).sort()).toEqual(['Anna-Lena Åhlén', 'Göran Öst'])
    expect(register.organisations.map((o) => o.name).sort()).toEqual(['Polisen, Lokalpolisområde Skärholmen', 'Stockholmshem'])
  })
})
