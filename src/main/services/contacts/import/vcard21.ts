/**
 * vCard 2.1, which Outlook for Windows still writes, rewritten as 3.0 so ical.js (3.0
 * and 4.0 only) can read it: bare parameters ("TEL;WORK;VOICE") become TYPE=,
 * QUOTED-PRINTABLE values (with "=" soft line breaks and their own CHARSET) are
 * decoded, and embedded photos, which the register never uses, are dropped.
 */
import { decodeCharset } from './decode'

const SKIPPED = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY'])
const isQuotedPrintable = (head: string): boolean => /(^|;)(ENCODING=)?QUOTED-PRINTABLE(;|$)/i.test(head)
const headOf = (line: string): string => line.slice(0, Math.max(0, line.indexOf(':')))

/**
 * Joins lines a QUOTED-PRINTABLE value continues on after a trailing "=". The pieces of
 * one value are collected and joined once, so a value of many soft breaks costs its length.
 */
function joinSoftBreaks(lines: string[]): string[] {
  const out: string[] = []
  let pieces: string[] = []
  for (const line of lines) {
    const continues = pieces.length > 0
    if (!continues && !(isQuotedPrintable(headOf(line)) && line.endsWith('='))) {
      out.push(line)
      continue
    }
    if (!line.endsWith('=')) {
      out.push(pieces.join('') + line)
      pieces = []
    } else pieces.push(line.slice(0, -1))
  }
  if (pieces.length > 0) out.push(`${pieces.join('')}=`)
  return out
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : ''
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(value.charCodeAt(i) & 0xff)
  }
  return decodeCharset(Uint8Array.from(bytes), charset)
}

function upgradeLine(line: string): string {
  const colon = line.indexOf(':')
  if (colon < 0) return line
  const [name, ...params] = line.slice(0, colon).split(';')
  if (name.toUpperCase() === 'VERSION') return 'VERSION:3.0'
  let value = line.slice(colon + 1)
  let charset = 'utf-8'
  const types: string[] = []
  const kept: string[] = []
  for (const p of params) {
    if (/^(ENCODING=)?QUOTED-PRINTABLE$/i.test(p)) continue
    if (/^CHARSET=/i.test(p)) charset = p.slice(8)
    else if (!p.includes('=')) types.push(p)
    else if (/^TYPE=/i.test(p)) types.push(p.slice(5))
    else kept.push(p)
  }
  if (isQuotedPrintable(line.slice(0, colon))) value = decodeQuotedPrintable(value, charset).replace(/\r?\n/g, '\\n')
  if (types.length > 0) kept.push(`TYPE=${types.join(',')}`)
  return [name, ...kept].join(';') + ':' + value
}

/** The text unchanged unless it holds vCard 2.1 cards. */
export function upgradeVcard21(text: string): string {
  if (!/^VERSION:2\.1\s*$/im.test(text)) return text
  const out: string[] = []
  let skipping = false
  for (const line of joinSoftBreaks(text.split(/\r?\n/))) {
    const isContinuation = /^[ \t]/.test(line)
    if (isContinuation && skipping) continue
    skipping = !isContinuation && SKIPPED.has(headOf(line).split(';')[0].toUpperCase())
    if (skipping || line.trim() === '') continue
    out.push(isContinuation ? line : upgradeLine(line))
  }
  return `${out.join('\r\n')}\r\n`
}
