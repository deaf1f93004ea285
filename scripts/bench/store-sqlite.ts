import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Database } from '../../src/shared/domain/database'

/** The same register in SQLite, as the issue asks: WAL, synchronous=FULL, one table per collection, one JSON column. */
export interface SqliteRegister {
  /** A contact's phone changed: read the row, change the JSON, write it back, committed durably. */
  editPhone(n: number): void
  /** A few words in one agenda item's notes: the meeting's row rewritten. */
  editNotes(n: number): void
  close(): void
}

interface Statement {
  run(...args: unknown[]): unknown
  get(...args: unknown[]): unknown
}
interface SqliteDb {
  pragma(text: string): unknown
  exec(sql: string): void
  prepare(sql: string): Statement
  transaction(fn: () => void): () => void
  close(): void
}

/** better-sqlite3 is a devDependency built from source (no prebuilt download here); null with the reason when it is not usable. */
export function loadSqlite(): { open: (file: string) => SqliteDb } | { unavailable: string } {
  try {
    const Driver = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteDb
    new Driver(':memory:').close()
    return { open: (file) => new Driver(file) }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return { unavailable: `${reason} (build it with: npm_config_nodedir=/usr npm rebuild better-sqlite3)` }
  }
}

const COLLECTIONS = ['organisations', 'groups', 'contacts', 'meetings', 'assignments', 'seminars', 'registrations'] as const

export function sqliteRegister(driver: { open: (file: string) => SqliteDb }, dir: string, db: Readonly<Database>): SqliteRegister {
  const sql = driver.open(join(dir, 'samverkan.sqlite'))
  sql.pragma('journal_mode = WAL')
  sql.pragma('synchronous = FULL')
  for (const name of COLLECTIONS) {
    sql.exec(`CREATE TABLE ${name} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`)
    const insert = sql.prepare(`INSERT INTO ${name} (id, doc) VALUES (?, ?)`)
    sql.transaction(() => {
      for (const record of db[name] as { id: string }[]) insert.run(record.id, JSON.stringify(record))
    })()
  }
  const contactIds = db.contacts.map((c) => c.id)
  const meetingIds = db.meetings.map((m) => m.id)
  const rewrite = (table: string, id: string, change: (doc: Record<string, unknown>) => void) => {
    const row = sql.prepare(`SELECT doc FROM ${table} WHERE id = ?`).get(id) as { doc: string }
    const doc = JSON.parse(row.doc) as Record<string, unknown>
    change(doc)
    sql.prepare(`UPDATE ${table} SET doc = ? WHERE id = ?`).run(JSON.stringify(doc), id)
  }
  return {
    editPhone: (n) =>
      rewrite('contacts', contactIds[n % contactIds.length], (doc) => {
        doc.phone = `070-${String(100000 + n).slice(-6)}`
        doc.updatedAt = new Date().toISOString()
      }),
    editNotes: (n) =>
      rewrite('meetings', meetingIds[n % meetingIds.length], (doc) => {
        const item = (doc.agenda as { notes: { content: { content?: { text?: string }[] }[] } }[])[1]
        const text = item.notes.content[0].content![1]
        text.text = `${text.text ?? ''} ord ${n}`
      }),
    close: () => sql.close()
  }
}
