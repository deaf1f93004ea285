import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { simpleParser, type AddressObject } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../src/main/example'
import { documentText, firstMissingInOrder, unzipDocx } from '../support/docx'
import { AppPage } from './pages/AppPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { MinutesEditorPage } from './pages/MinutesEditorPage'
import { ProtocolPage } from './pages/ProtocolPage'
import { Harness } from './support/harness'

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address))

const REASON = 'Nästa mötes datum i punkt 5 var fel; rättat till 13 september.'

describe('protokoll: she has the May minutes justerade, and unlocks them for a correction', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('sends the protokoll to the justerare only, marks it justerat and sees it locked, then unlocks it with a reason kept in the history', async () => {
    harness = await Harness.start({ story: 'protocol-justering' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const meeting = new MeetingPage(harness)
    const minutes = new MinutesEditorPage(harness)
    const protocol = new ProtocolPage(harness)
    const may = () => harness.db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)

    await app.goTo('Möten')
    await new MeetingsPage(harness).openWithKeyboard('Fredagen den 10 maj 2019')
    await minutes.start()
    await protocol.panel().getByText('Minnesanteckningar justeras inte').waitFor()
    await protocol.chooseKind('Protokoll')
    await protocol.fill({ 'Vid protokollet (sekreterare)': 'Clas Cederlid', Ordförande: 'Abit Dundar', 'Justerare 1': 'Linda Palo', Justeringsort: 'Stockholm' })
    expect(may()?.minutes).toMatchObject({ kind: 'protocol', secretaryName: 'Clas Cederlid', chairName: 'Abit Dundar', approvers: ['Linda Palo'], approvalPlace: 'Stockholm' })
    await protocol.waitState('Utkast')
    await harness.screenshot('draft')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    // "Skicka för justering": a draft to Linda Palo alone, opened in her mail program.
    await protocol.button('Skicka för justering…').click()
    await protocol.waitState('Skickad för justering')
    await protocol.sent().waitFor()
    const draft = harness.desktop.calls.find((c) => c.kind === 'openPath' && c.target.endsWith('-justering.eml'))
    if (!draft) return expect.fail('the justering draft was opened')
    const mail = await simpleParser(await readFile(draft.target))
    expect(addresses(mail.to)).toEqual(['linda.palo@example.org'])
    expect(mail.subject).toContain('för justering')
    expect(mail.attachments.map((a) => a.filename)).toEqual(['protokoll-lokala-bra-2019-05-10.docx'])

    // She has the signature: Justerat, and nothing in the meeting can be changed.
    await protocol.fill({ Justeringsdatum: '2019-05-17' })
    await protocol.button('Markera som justerat').click()
    await protocol.waitState('Justerat')
    expect(await protocol.field('Ordförande').getAttribute('readonly')).not.toBeNull()
    expect(await protocol.panel().getByRole('radio', { name: 'Minnesanteckningar' }).isDisabled()).toBe(true)
    // The editor says why, above everything, once; the panel's own notice is for where it stands alone.
    await minutes.editor().getByTestId('minutes-read-only').filter({ hasText: 'Protokollet är justerat och låst' }).waitFor()
    expect(await minutes.notes(1).getAttribute('contenteditable')).toBe('false')
    expect(may()?.minutes).toMatchObject({ approvalState: 'approved', approvedOn: '2019-05-17' })
    await harness.screenshot('locked')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    // The Word file says it is justerat, with the name lines and where and when.
    const path = join(harness.root, 'protokoll-lokala-bra-2019-05-10.docx')
    await meeting.saveAs(path)
    const text = documentText(await unzipDocx(await readFile(path)))
    expect(firstMissingInOrder(text, ['Status: Justerat', 'Vid protokollet:', 'Clas Cederlid', 'Justeras:', 'Abit Dundar, ordförande', 'Linda Palo, justerare', 'Justerat: Stockholm 2019-05-17'])).toBeNull()

    // A reason is required; it is kept, and shown, and the protokoll is an Utkast again.
    await protocol.button('Lås upp för ändring…').click()
    await protocol.unlockDialog().getByRole('button', { name: 'Lås upp', exact: true }).click()
    await protocol.unlockDialog().getByText('Skriv varför protokollet låses upp').waitFor()
    await harness.screenshot('unlock-needs-reason')
    await harness.expectAccessible('the unlock dialog')
    await protocol.unlockDialog().getByRole('button', { name: 'Avbryt' }).click()
    await protocol.unlock(REASON)
    await minutes.editor().getByTestId('minutes-read-only').waitFor({ state: 'detached' })
    // The notice of the draft sent belonged to the last round of justering.
    expect(await protocol.sent().count()).toBe(0)
    expect(await protocol.history().innerText()).toContain(`Upplåst för ändring: ${REASON}`)
    expect(may()?.minutes.history?.map((e) => [e.event, e.reason])).toEqual([['sentForApproval', ''], ['approved', ''], ['unlocked', REASON]])
    expect(await minutes.notes(1).getAttribute('contenteditable')).toBe('true')
    await harness.screenshot('unlocked')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await protocol.panel().scrollIntoViewIfNeeded()
    await harness.screenshot('laptop')
    await harness.expectAccessible('the protokoll at 1280×640')
    harness.expectNoProblems()
  })
})
