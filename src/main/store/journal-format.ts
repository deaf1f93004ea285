import type { Patch } from 'immer'
import { crc32 } from 'node:zlib'

/**
 * samverkan.journal: one line per committed change, `<crc32 hex> <json>\n`.
 * The first line is a header naming the snapshot it follows (`base`, the
 * snapshot's sequence number) and the schema version its patches are for;
 * every further line is one record, numbered base+1, base+2, … .
 */
export interface JournalHeader {
  journal: 1
  base: number
  schemaVersion: number
}

export interface JournalRecord {
  seq: number
  /** Immer patches from the committed state before this change to the one after it. */
  patches: Patch[]
}

export type ParsedJournal =
  | {
      ok: true
      header: JournalHeader
      records: JournalRecord[]
      /** Each record's line as it is on disk (views into the file's bytes), kept for compaction. */
      lines: Buffer[]
      /** Bytes of the valid part: a torn tail beyond it is cut off before appending. */
      validLength: number
      /** A last record cut short by a crash mid-append: it was never acknowledged. */
      tornTail: boolean
    }
  | { ok: false; detail: string }

/** A patch replacing the whole register (store.replaceAll): replay starts over from its value. */
export const isReplaceAll = (patch: Patch): boolean => patch.op === 'replace' && patch.path.length === 0

const hex = (n: number): string => n.toString(16).padStart(8, '0')

export function encodeLine(value: JournalHeader | JournalRecord): string {
  const json = JSON.stringify(value)
  return `${hex(crc32(json))} ${json}\n`
}

function decodeLine(line: string): unknown {
  const space = line.indexOf(' ')
  if (space !== 8) return undefined
  const json = line.slice(9)
  if (hex(crc32(json)) !== line.slice(0, 8)) return undefined
  try {
    return JSON.parse(json)
  } catch {
    return undefined
  }
}

function asHeader(value: unknown): JournalHeader | null {
  const v = value as Partial<JournalHeader> | undefined
  return v?.journal === 1 && Number.isSafeInteger(v.base) && Number.isSafeInteger(v.schemaVersion) ? (v as JournalHeader) : null
}

function asRecord(value: unknown, seq: number): JournalRecord | null {
  const v = value as Partial<JournalRecord> | undefined
  return v?.seq === seq && Array.isArray(v.patches) ? (v as JournalRecord) : null
}

/**
 * A record that fails its checksum with valid-looking records after it is
 * damage, not a crash: the whole journal is refused. Only the very last line
 * may be torn.
 */
export function parseJournal(bytes: Buffer): ParsedJournal {
  const lineEnds: number[] = []
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) lineEnds.push(at)
  const header = lineEnds.length > 0 ? asHeader(decodeLine(bytes.subarray(0, lineEnds[0]).toString('utf8'))) : null
  if (!header) return { ok: false, detail: 'journal header missing or damaged' }
  const records: JournalRecord[] = []
  const lines: Buffer[] = []
  let validLength = lineEnds[0] + 1
  for (let i = 1; i < lineEnds.length; i++) {
    const line = bytes.subarray(lineEnds[i - 1] + 1, lineEnds[i] + 1)
    const record = asRecord(decodeLine(line.toString('utf8', 0, line.length - 1)), header.base + records.length + 1)
    if (!record) {
      // Damaged with complete lines after it: not a crash mid-append.
      if (i < lineEnds.length - 1) return { ok: false, detail: `journal record ${records.length + 1} damaged` }
      return { ok: true, header, records, lines, validLength, tornTail: true }
    }
    records.push(record)
    lines.push(line)
    validLength = lineEnds[i] + 1
  }
  return { ok: true, header, records, lines, validLength, tornTail: validLength < bytes.length }
}
