import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildMinutes } from '../../../src/main/documents'
import { firstMissingInOrder, pdfTextOf, unzipDocx, withoutRunningText } from '../../support/docx'
import { EXAMPLE_FACTS_IN_ORDER, squash } from './facts'
import { bareMeeting, exampleMinutes, exampleProtocol, HOSTILE, hostileMeeting, noFile } from './fixtures'

/**
 * LibreOffice is the independent reader here: if it can lay the file out and
 * pdftotext finds the words, the file opens for people without Word too.
 * One conversion per document, shared by the tests below.
 */
const run = promisify(execFile)
const deps = { readFile: noFile, now: () => new Date('2019-02-25T10:00:00Z') }

interface Converted {
  text: string
  /** The text without running headers and footers. */
  body: string
  pages: number
}

const converted = new Map<string, Converted>()

async function convert(name: string, bytes: Uint8Array): Promise<void> {
  const { text, pdf } = await pdfTextOf(bytes, `${name}.docx`)
  const { stdout } = await run('pdfinfo', [pdf])
  const body = withoutRunningText(text, await unzipDocx(bytes))
  converted.set(name, { text, body, pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]) })
}

const get = (name: string): Converted => {
  const c = converted.get(name)
  if (!c) throw new Error(`${name} was not converted`)
  return c
}

describe('LibreOffice reads every export', () => {
  beforeAll(async () => {
    const { meeting, settings, assignments } = exampleMinutes()
    await convert('example', await buildMinutes(meeting, settings, deps, { assignments }))
    await convert('protocol', await buildMinutes(exampleProtocol(), settings, deps))
    await convert('hostile', await buildMinutes(hostileMeeting(), settings, deps))
    await convert('bare', await buildMinutes(bareMeeting(), settings, deps))
  }, 240_000)

  it('shows "Sida 1 (N)" with the real page count, the sender and the title', () => {
    for (const name of ['example', 'protocol', 'hostile']) {
      const { text, pages } = get(name)
      expect(pages).toBeGreaterThan(1)
      expect(text).toContain(`Sida 1 (${pages})`)
      expect(text).toContain(`Sida ${pages} (${pages})`)
      expect(text).toContain('Hägersten-Liljeholmens stadsdelsförvaltning')
      expect(text).toContain('Avdelningen för samhällsplanering')
    }
    expect(squash(get('example').text)).toContain(squash('Minnesanteckningar lokala BRÅ Hägersten-Liljeholmen 22 februari 2019'))
    expect(squash(get('protocol').text)).toContain(squash('Protokoll lokala BRÅ Hägersten-Liljeholmen 22 februari 2019'))
    expect(get('protocol').text).toContain('Dnr SDN 2019/123-1.2')
    expect(get('bare').text).toContain('Sida 1 (1)')
  })

  it('prints every fact of the original minutes in order, and the agenda numbers', () => {
    const text = squash(get('example').body)
    expect(firstMissingInOrder(text, EXAMPLE_FACTS_IN_ORDER.map(squash))).toBeNull()
    const numbered = exampleMinutes().meeting.agenda.map((item, i) => squash(`${i + 1}. ${item.title.slice(0, 30)}`))
    expect(firstMissingInOrder(text, numbered)).toBeNull()
  })

  it('keeps emoji, right-to-left text and XML specials readable', () => {
    const text = get('hostile').text
    expect(text).toContain('Trygghetsvandring')
    expect(text).toContain('<script>&amp; "citat" \'apostrof\'')
    expect(squash(text)).toContain(squash('Lång anteckning. Lång anteckning.'))
    expect(text).toContain(HOSTILE.rtl.split(' ')[1])
  })
})
