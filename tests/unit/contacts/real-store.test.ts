import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startServices } from '../../../src/main/services/bootstrap'
import { decodeDatabase } from '../../../src/main/store/decode'
import type { ImportPreview, ImportSummary } from '../../../src/shared/contract/contacts'
import { fixture, withTempDir } from './support'

describe('contacts on the real file store', () => {
  it('imports, edits and erases through startServices, and the data file on disk follows', async () => {
    await withTempDir(async (dir) => {
      let open: string | null = fixture('excel-sv-windows1252.csv')
      const { ctx, dispatch } = await startServices({
        dataDir: dir,
        dialogs: { openFile: async () => open, saveFile: async () => null },
        desktop: { openPath: async () => undefined, openExternal: async () => undefined, showItemInFolder: () => undefined, writeClipboardText: () => undefined },
        log: { info: () => undefined, warn: () => undefined, error: () => undefined },
        appVersion: 'test',
        clock: () => new Date('2019-02-22T08:00:00Z')
      })
      const call = async <T,>(method: string, input?: unknown): Promise<T> => {
        const result = await dispatch(method, input)
        if (!result.ok) throw new Error(result.error.message)
        return result.value as T
      }
      const preview = await call<ImportPreview>('contacts.importOpen')
      const summary = await call<ImportSummary>('contacts.importCommit', { token: preview.token, mapping: preview.guessedMapping })
      expect(summary).toMatchObject({ added: 4, organisationsCreated: 4 })
      await ctx.store.flush()
      // What the next start reads: the data file with its journal replayed.
      const onDisk = async () => {
        const journal = await readFile(join(dir, 'samverkan.journal')).catch(() => null)
        const decoded = decodeDatabase(await readFile(join(dir, 'samverkan.json')), { newId: () => 'x', now: '2019-02-22T08:00:00Z' }, journal)
        if (!decoded.ok) throw new Error(decoded.detail)
        return decoded.db
      }
      const rawFiles = async () => (await readFile(join(dir, 'samverkan.json'), 'utf8')) + (await readFile(join(dir, 'samverkan.journal'), 'utf8'))
      expect((await onDisk()).contacts.map((c: { name: string }) => c.name).sort()).toEqual([
        'Björn Ängström',
        'René Ekström',
        'Ulla Nordström',
        'Åsa Öberg'
      ])
      const asa = ctx.store.read().contacts.find((c) => c.name === 'Åsa Öberg')!
      await call('contacts.erase', { id: asa.id })
      await ctx.store.flush()
      expect(JSON.stringify(await onDisk())).not.toContain('asa.oberg@example.org')
      // Nor in the bytes of either file: erasure compacts the journal away.
      expect(await rawFiles()).not.toContain('asa.oberg@example.org')
      open = null
      expect(await call('contacts.importOpen')).toBeNull()
    })
  })
})
