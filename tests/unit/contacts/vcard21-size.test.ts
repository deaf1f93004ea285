import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { readVcf } from '../../../src/main/services/contacts/import/read-vcf'
import { upgradeVcard21 } from '../../../src/main/services/contacts/import/vcard21'

/** One 2.1 card whose quoted-printable note has a soft line break every 73 characters. */
function cardOf(bytes: number): string {
  const line = `${'=C3=A5'.repeat(12)}=`
  const lines = Array<string>(Math.ceil(bytes / line.length)).fill(line)
  return `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Anna Berg\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:${lines.join('\r\n')}\r\nslut\r\nEND:VCARD\r\n`
}

/** The fastest of a few runs: the least noisy figure on a shared machine. */
function fastest(text: string): number {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    upgradeVcard21(text)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('vCard 2.1 quoted-printable at size', () => {
  it('joins soft line breaks in linear time: 4 MB costs about sixteen times 256 KB, not 256 times', () => {
    const small = cardOf(256 * 1024)
    const large = cardOf(4 * 1024 * 1024)
    fastest(small) // warm-up
    const ratio = fastest(large) / fastest(small)
    console.log(`vCard 2.1 QP: 4 MB / 256 KB = ${ratio.toFixed(1)}× (linear ≈ 16, quadratic ≈ 256)`)
    // A wide margin both ways, so a busy machine cannot make a linear join fail.
    expect(ratio).toBeLessThan(64)
  })

  it('decodes the whole multi-megabyte note', () => {
    const [row] = readVcf(new TextEncoder().encode(cardOf(2 * 1024 * 1024))).rows
    const note = row.cells[8]
    expect(note.startsWith('å'.repeat(12))).toBe(true)
    expect(note.endsWith('åslut')).toBe(true)
    expect(note).not.toContain('=')
  })
})
