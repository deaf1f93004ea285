import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startServices } from '../../../src/main/services/bootstrap'
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
      const onDisk = () => readFile(join(dir, 'samverkan.json'), 'utf8').then((t) => JSON.parse(t))
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
      open = null
      expect(await call('contacts.importOpen')).toBeNull()
    })
  })
})
