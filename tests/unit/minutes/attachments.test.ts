import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { documentText, unzipDocx } from '../../support/docx'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { DocumentPreview } from '../../../src/shared/contract/documents'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { paragraph, text } from './rich'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

const M = EXAMPLE_IDS.plannedMeeting
const ITEM = 'ex-item-2019-05-10-3'
let h: MeetingsHarness
afterEach(async () => h?.close())

/** A file on "her desktop", chosen in the open dialog. */
async function choose(name: string, content: string | null = 'innehåll'): Promise<string> {
  const path = join(h.dir, '..', `${h.dir.split(/[\\/]/).at(-1)}-skrivbord-${name}`)
  if (content !== null) await writeFile(path, content)
  h.ctx.dialogs.openFile = async () => path
  return path
}

const stored = (m: Meeting) => join(h.dir, 'bilagor', M, m.attachments.at(-1)?.storedFile ?? '')

describe('minutes.addAttachment', () => {
  it('copies the chosen file into the data folder, numbered; the original can go', async () => {
    h = await meetingsHarness()
    const source = await choose('Brott och bränder.pptx', 'PPTX-BYTES')
    const m = (await h.call<Meeting>('minutes.addAttachment', { meetingId: M })) as Meeting
    expect(m.attachments).toEqual([expect.objectContaining({ number: 1, title: expect.stringContaining('Brott och bränder'), storedFile: expect.stringMatching(/Brott och bränder\.pptx$/) })])
    await rm(source)
    expect(await readFile(stored(m), 'utf8')).toBe('PPTX-BYTES')
    await choose('Brott och bränder.pptx', 'ANDRA')
    const second = (await h.call<Meeting>('minutes.addAttachment', { meetingId: M, title: 'Statistik' })) as Meeting
    expect(second.attachments.map((a) => [a.number, a.title])).toEqual([[1, m.attachments[0].title], [2, 'Statistik']])
    expect(await readFile(stored(second), 'utf8')).toBe('ANDRA')
  })

  it('refuses a file over 25 MB with a clear message, copying and writing nothing', async () => {
    h = await meetingsHarness()
    const source = await choose('film.mp4', '')
    await truncate(source, 26 * 1024 * 1024)
    const refused = await expectRefused(h, 'minutes.addAttachment', { meetingId: M })
    expect(refused).toMatchObject({ code: 'invalidInput', paths: ['file'], message: expect.stringContaining('högst 25 MB') })
    expect(await readdir(join(h.dir, 'bilagor')).catch(() => [])).toEqual([])
  })

  it('writes nothing when she cancels the dialog, and refuses bad input by field', async () => {
    h = await meetingsHarness()
    h.ctx.dialogs.openFile = async () => null
    const before = await h.dataFiles()
    expect(await h.call('minutes.addAttachment', { meetingId: M })).toBeNull()
    expect(await h.dataFiles()).toBe(before)
    expect((await expectRefused(h, 'minutes.addAttachment', { meetingId: M, path: '/etc/passwd' })).paths).toEqual(['(indata)'])
    expect((await expectRefused(h, 'minutes.moveAttachment', { meetingId: M, attachmentId: 'ex-attachment-01', index: -1 })).paths).toEqual(['index'])
    expect((await expectRefused(h, 'minutes.removeAttachment', { meetingId: M, attachmentId: 'ex-attachment-01' })).paths).toEqual(['attachmentId'])
  })
})

describe('reordering and removing bilagor', () => {
  it('renumbers, rewrites "bilaga N" in the notes, removes the copy, and the Word file lists them', async () => {
    h = await meetingsHarness()
    await choose('a.pdf')
    await h.call('minutes.addAttachment', { meetingId: M, title: 'Första' })
    await choose('b.pdf')
    const two = (await h.call<Meeting>('minutes.addAttachment', { meetingId: M, title: 'Andra' })) as Meeting
    const notes = { type: 'doc', content: [paragraph(text('Se bilaga 1 och bilaga 2'))] }
    await h.call('minutes.patchItem', { meetingId: M, itemId: ITEM, baseRevision: 0, notes })
    const moved = await h.call<Meeting>('minutes.moveAttachment', { meetingId: M, attachmentId: two.attachments[1].id, index: 0 })
    expect(moved.attachments.map((a) => [a.number, a.title])).toEqual([[1, 'Andra'], [2, 'Första']])
    expect(moved.agenda.find((i) => i.id === ITEM)?.notes.content[0]).toEqual(paragraph(text('Se bilaga 2 och bilaga 1')))
    const preview = await h.call<DocumentPreview>('documents.previewMinutes', { id: M })
    const word = documentText(await unzipDocx(Buffer.from(preview.base64, 'base64')))
    expect(word.indexOf('Bilaga 1: Andra')).toBeGreaterThan(-1)
    expect(word.indexOf('Bilaga 2: Första')).toBeGreaterThan(word.indexOf('Bilaga 1: Andra'))
    const removed = await h.call<Meeting>('minutes.removeAttachment', { meetingId: M, attachmentId: two.attachments[1].id })
    expect(removed.attachments.map((a) => [a.number, a.title])).toEqual([[1, 'Första']])
    expect(removed.agenda.find((i) => i.id === ITEM)?.notes.content[0]).toEqual(paragraph(text('Se bilaga 1 och bilaga (borttagen)')))
    expect(await readdir(join(h.dir, 'bilagor', M))).toEqual([removed.attachments[0].storedFile])
  })
})
