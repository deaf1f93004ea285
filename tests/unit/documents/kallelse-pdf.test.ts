import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildKallelse } from '../../../src/main/documents/kallelse'
import { firstMissingInOrder, pdfTextOf, unzipDocx, withoutRunningText } from '../../support/docx'
import { squash } from './facts'
import { noFile } from './fixtures'
import { examplePlanned, fullKallelse, hostileKallelse, now } from './kallelse-fixtures'

/** LibreOffice as the independent reader: it lays the kallelse out and pdftotext finds every word. */
const run = promisify(execFile)
const converted = new Map<string, { text: string; body: string; pages: number }>()

async function convert(name: string, bytes: Uint8Array): Promise<void> {
  const { text, pdf } = await pdfTextOf(bytes, `${name}.docx`)
  const { stdout } = await run('pdfinfo', [pdf])
  converted.set(name, { text, body: withoutRunningText(text, await unzipDocx(bytes)), pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]) })
}

const get = (name: string) => {
  const c = converted.get(name)
  if (!c) throw new Error(`${name} was not converted`)
  return c
}

describe('LibreOffice reads the kallelse', () => {
  beforeAll(async () => {
    const { db, meeting, followUps } = examplePlanned()
    const deps = { readFile: noFile, now }
    await convert('example', await buildKallelse(meeting, db.settings, deps, { followUps, issuedOn: '2019-04-26' }))
    await convert('full', await buildKallelse(fullKallelse(), db.settings, deps, { followUps, issuedOn: '2019-04-26' }))
    await convert('hostile', await buildKallelse(hostileKallelse(), db.settings, deps, { issuedOn: '2019-04-26' }))
  }, 240_000)

  it('fits the example on one page with the header, "Sida 1 (1)" and the footer', () => {
    const { text, pages } = get('example')
    expect(pages).toBe(1)
    expect(text).toContain('Sida 1 (1)')
    expect(text).toContain('Avdelningen för samhällsplanering')
    expect(text).toContain('Besöksadress Telefonvägen 30')
  })

  it('prints every fact of the planned meeting in order, with Word\'s agenda numbers', () => {
    const { meeting } = examplePlanned()
    const expected = [
      'Kallelse till lokala BRÅ Hägersten-Liljeholmen',
      'Tid: Fredagen den 10 maj 2019 kl. 09.00–11.00',
      'Plats: Hägersten-Liljeholmens SDF, Telefonvägen 30, plan 9, besöksrum 1',
      'Kallade:',
      ...meeting.invitees.flatMap((i) => [i.name, i.role]),
      'Dagordning',
      '1. Mötets öppnande',
      '2. Föregående minnesanteckningar',
      '3. Uppföljning av uppdrag',
      'Undersöka om eftermiddagsmöten i anslutning till presidium',
      'Ansvarig: Clas Cederlid',
      ...meeting.agenda.slice(3).map((item, i) => `${i + 4}. ${item.title}`),
      'Anmäl förhinder till Stina Lundmark, 08-508 22 030, stina.pernilla.lundmark@stockholm.se',
      'Hägersten-Liljeholmen 2019-04-26',
      'Kontakt:',
      'Telefon 08-508 22 030'
    ]
    expect(firstMissingInOrder(squash(get('example').body), expected.map(squash))).toBeNull()
  })

  it('prints slots, presenters, papers later and the reply-by date', () => {
    const text = squash(get('full').body)
    expect(
      firstMissingInOrder(text, ['1. Mötets öppnande', 'kl. 09.00–09.10, Abit Dundar', 'Handlingar kommer senare.', 'senast fredagen den 3 maj 2019'].map(squash))
    ).toBeNull()
  })

  it('keeps what a user typed readable', () => {
    const text = get('hostile').text
    expect(text).toContain('<script>&amp; "citat" \'apostrof\'')
    expect(text).toContain('Trygghetsvandring')
  })
})
