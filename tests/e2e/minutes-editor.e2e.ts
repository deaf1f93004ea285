import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { MinutesEditorPage } from './pages/MinutesEditorPage'
import { wordBulletsHtml, wordBulletsText } from './pages/word-clipboard'
import { Harness } from './support/harness'

/** Text as she reads it: non-breaking and runs of spaces read as one space. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

describe('minutes: she takes the minutes of the May meeting from its agenda', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('starts them in one click, marks the roll-call, writes, pastes from Word, records a decision, an assignment and an attachment', async () => {
    harness = await Harness.start({ story: 'minutes-editor' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const meeting = new MeetingPage(harness)
    const minutes = new MinutesEditorPage(harness)

    await app.goTo('Möten')
    await list.openWithKeyboard('Fredagen den 10 maj 2019')
    await minutes.start()
    expect(await minutes.itemHeadings()).toEqual([
      '1. Sammanträdets öppnande',
      '2. Föregående minnesanteckningar och uppföljning',
      '3. Aktuell uppföljning och utveckling av trygghet och säkerhet',
      '4. Lokala lägesbilden utifrån prioriterade områden',
      '5. Kommande möten',
      '6. Övriga frågor'
    ])
    await harness.screenshot('started')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    await minutes.type(1, 'Ordföranden hälsade alla välkomna.')
    await minutes.waitSaved(1)
    await minutes.pasteHtml(3, wordBulletsHtml('Trygghetsvandringar', ['Liljeholmstorget kvällstid', 'Gångtunneln vid Hägerstensåsen']), wordBulletsText('Trygghetsvandringar', ['Liljeholmstorget kvällstid', 'Gångtunneln vid Hägerstensåsen']))
    await minutes.waitSaved(3)
    await harness.screenshot('typed')
  })
})
