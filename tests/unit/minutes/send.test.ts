import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { simpleParser, type AddressObject } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import type { SentDraft } from '../../../src/shared/contract/meetings'
import { DRAFTS_FOLDER } from '../../../src/main/services/meetings/drafts'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

const M = EXAMPLE_IDS.plannedMeeting
let h: MeetingsHarness
afterEach(async () => h?.close())

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address))

async function withAttachment(content: string | Uint8Array = '%PDF-1.4 bilaga', title = 'Brott och bränder, presentation'): Promise<void> {
  const source = join(h.dir, '..', `${h.dir.split(/[\\/]/).at(-1)}-${title.length}-presentation.pdf`)
  await writeFile(source, content)
  h.ctx.dialogs.openFile = async () => source
  await h.call('minutes.addAttachment', { meetingId: M, title })
}

describe('minutes.sendMinutes', () => {
  it('writes an .eml draft To the invitees and register guests, with the Word file and the bilagor, and opens it', async () => {
    h = await meetingsHarness()
    await withAttachment()
    const db = await h.onDisk()
    const guest = db.contacts.find((c) => c.email !== '' && !db.meetings[1].invitees.some((i) => i.contactId === c.id))
    if (!guest) return expect.fail('the example register has a contact who is not invited')
    await h.call('minutes.addGuest', { meetingId: M, person: { contactId: guest.id } })
    await h.call('minutes.addGuest', { meetingId: M, person: { name: 'Typad Gäst' } })
    const sent = await h.call<SentDraft>('minutes.sendMinutes', { meetingId: M })
    expect(sent.fileName).toBe('minnesanteckningar-lokala-bra-2019-05-10.eml')
    expect(h.opened).toEqual([sent.path])
    const mail = await simpleParser(await readFile(sent.path))
    const to = addresses(mail.to)
    expect(to).toEqual([...db.meetings[1].invitees.map((i) => i.email), guest.email])
    expect(sent.recipientCount).toBe(to.length)
    expect(sent.withoutAddress).toEqual(['Typad Gäst'])
    expect(mail.attachments.map((a) => a.filename)).toEqual(['minnesanteckningar-lokala-bra-2019-05-10.docx', sent.meeting.attachments[0].storedFile])
    expect(mail.attachments[1].content.toString()).toBe('%PDF-1.4 bilaga')
    expect(mail.text).toContain('Bilaga 1: Brott och bränder, presentation')
  })

  it('refuses a mail whose Word file and bilagor together pass 25 MB, saying how big they are, writing no draft', async () => {
    h = await meetingsHarness()
    // Each bilaga is under the 25 MB a single file may be; together they are not.
    await withAttachment(new Uint8Array(13 * 1024 * 1024), 'Stor presentation')
    await withAttachment(new Uint8Array(13 * 1024 * 1024), 'Ännu en stor presentation')
    const refused = await expectRefused(h, 'minutes.sendMinutes', { meetingId: M })
    expect(refused.code).toBe('conflict')
    expect(refused.message).toMatch(/^Bilagorna och Word-filen är tillsammans 26(,\d)? MB\. Ett e-postmeddelande får bära högst 25 MB/)
    expect(await readdir(join(h.dir, DRAFTS_FOLDER)).catch(() => [])).toEqual([])
    expect(h.opened).toEqual([])
  })

  it('refuses while the coordinator has no address, writing nothing', async () => {
    const db = exampleDatabase()
    db.settings.coordinator.email = ''
    // The planned meeting took the address when it was created: it has none either.
    db.meetings.find((m) => m.id === M)!.senderSnapshot!.coordinator.email = ''
    h = await meetingsHarness(db)
    expect((await expectRefused(h, 'minutes.sendMinutes', { meetingId: M })).code).toBe('conflict')
  })
})

describe('minutes.sendForApproval', () => {
  it('sends the protokoll to the justerare only and moves it to Skickad för justering', async () => {
    h = await meetingsHarness()
    await h.call('minutes.start', { meetingId: M, kind: 'protokoll' })
    await h.call('minutes.setProtocol', { meetingId: M, secretaryName: 'Stina Lundmark', chairName: 'Abit Dundar', approvers: ['Linda Palo'] })
    const sent = await h.call<SentDraft>('minutes.sendForApproval', { meetingId: M })
    const mail = await simpleParser(await readFile(sent.path))
    expect(addresses(mail.to)).toEqual(['linda.palo@example.org'])
    expect(mail.subject).toContain('för justering')
    expect(sent.meeting.minutes.approvalState).toBe('awaitingApproval')
  })

  it('refuses a protokoll without justerare, and minnesanteckningar, writing nothing', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'minutes.sendForApproval', { meetingId: M })).toMatchObject({ code: 'conflict', message: expect.stringContaining('Minnesanteckningar justeras inte') })
    expect((await expectRefused(h, 'minutes.sendForApproval', { meetingId: M, to: 'x@y.se' })).paths).toEqual(['(indata)'])
  })
})
