import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServices } from '../../../src/main/services/bootstrap'
import type { ServiceContext } from '../../../src/main/services/context'
import { exampleDatabase } from '../../../src/main/example'
import type { ApiResult } from '../../../src/shared/contract'
import type { Database } from '../../../src/shared/domain/database'
import { decodeDatabase } from '../../../src/main/store/decode'

/** Two weeks before the example's planned meeting of 2019-05-10: when its kallelse goes out. */
export const KALLELSE_DAY = new Date('2019-04-26T08:00:00Z')

export interface MeetingsHarness {
  dir: string
  ctx: ServiceContext
  /** Paths the OS was asked to open (files.open, mail drafts). */
  opened: string[]
  clipboard: string[]
  /** Where the save dialog "chooses" to save; null = she cancels. */
  saveTo: { path: string | null }
  now: { date: Date }
  call<T>(method: string, input?: unknown): Promise<T>
  raw(method: string, input?: unknown): Promise<ApiResult<unknown>>
  /** The bytes of the data file and its journal, once every change is on disk. */
  dataFiles(): Promise<string>
  /** What the next start reads: the data file with its journal replayed. */
  onDisk(): Promise<Database>
  close(): Promise<void>
}

/**
 * The whole contract on the real file store in a temp folder, started the way the
 * app starts (startServices), with the dialogs, desktop and clock faked.
 */
export async function meetingsHarness(db: Database = exampleDatabase(), options: { openFails?: boolean; at?: Date } = {}): Promise<MeetingsHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-meetings-'))
  await writeFile(join(dir, 'samverkan.json'), JSON.stringify(db))
  const opened: string[] = []
  const clipboard: string[] = []
  const saveTo = { path: null as string | null }
  // The clock from the start: startup tasks (dietary retention) run at this time.
  const now = { date: options.at ?? KALLELSE_DAY }
  let next = 0
  const { ctx, dispatch } = await startServices({
    dataDir: dir,
    dialogs: { openFile: async () => null, saveFile: async () => saveTo.path },
    desktop: {
      openPath: async (path) => {
        if (options.openFails) throw new Error('no mail program')
        opened.push(path)
      },
      openExternal: async () => undefined,
      showItemInFolder: () => undefined,
      writeClipboardText: (text) => void clipboard.push(text)
    },
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    appVersion: 'test',
    clock: () => now.date,
    newId: () => `new-id-${String(++next).padStart(4, '0')}`
  })
  const raw = (method: string, input?: unknown) => dispatch(method, input)
  return {
    dir,
    ctx,
    opened,
    clipboard,
    saveTo,
    now,
    raw,
    async call<T>(method: string, input?: unknown) {
      const result = await raw(method, input)
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
      return result.value as T
    },
    async dataFiles() {
      await ctx.store.flush()
      const journal = await readFile(join(dir, 'samverkan.journal'), 'utf8').catch(() => '')
      return (await readFile(join(dir, 'samverkan.json'), 'utf8')) + journal
    },
    async onDisk() {
      await ctx.store.flush()
      const journal = await readFile(join(dir, 'samverkan.journal')).catch(() => null)
      const decoded = decodeDatabase(await readFile(join(dir, 'samverkan.json')), { newId: () => 'x', now: now.date.toISOString() }, journal)
      if (!decoded.ok) throw new Error(decoded.detail)
      return decoded.db
    },
    async close() {
      await ctx.store.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/** Calls a method that must be refused; returns the error's fields, and checks the data files did not change. */
export async function expectRefused(h: MeetingsHarness, method: string, input: unknown): Promise<{ code: string; paths: string[]; message: string }> {
  const before = await h.dataFiles()
  const result = await h.raw(method, input)
  if (result.ok) throw new Error(`${method} accepted ${JSON.stringify(input)}`)
  const after = await h.dataFiles()
  if (after !== before) throw new Error(`${method} wrote to the data file although it refused`)
  return { code: result.error.code, paths: (result.error.fields ?? []).map((f) => f.path), message: result.error.message }
}
