import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { filesHandlers as handlers } from '../../../src/main/services/files/handlers'
import { saveViaDialog } from '../../../src/main/services/files/save-via-dialog'
import type { ServiceContext } from '../../../src/main/services/context'
import { filesContract } from '../../../src/shared/contract/files'
import { testContext } from '../../support/context'
import { harness, seededDatabase, withTempDir } from '../contacts/support'

let folder: string
let opened: string[]
let revealed: string[]

function context(answer: string | null): ServiceContext {
  return testContext({
    dialogs: { openFile: async () => null, saveFile: async () => answer },
    desktop: {
      openPath: async (path) => void opened.push(path),
      openExternal: async () => undefined,
      showItemInFolder: (path) => void revealed.push(path),
      writeClipboardText: () => undefined
    }
  })
}

const request = (bytes: () => string) => ({ title: 'Spara', defaultName: 'a.txt', filters: [{ name: 'Text', extensions: ['txt'] }], bytes })

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'samverkan-files-'))
  opened = []
  revealed = []
})

describe('saveViaDialog', () => {
  it('writes the bytes where the dialog says and remembers the path in the session', async () => {
    const ctx = context(join(folder, 'a.txt'))
    expect(await saveViaDialog(ctx, request(() => 'hej'))).toEqual({ status: 'saved', path: join(folder, 'a.txt') })
    expect(await readFile(join(folder, 'a.txt'), 'utf8')).toBe('hej')
    expect([...ctx.session.savedFiles]).toEqual([join(folder, 'a.txt')])
  })

  it('on cancel builds nothing, writes nothing and remembers nothing', async () => {
    const ctx = context(null)
    let built = false
    const result = await saveViaDialog(ctx, request(() => ((built = true), 'x')))
    expect(result).toEqual({ status: 'cancelled' })
    expect(built).toBe(false)
    expect(await readdir(folder)).toEqual([])
    expect(ctx.session.savedFiles.size).toBe(0)
  })

  it('says in Swedish why a write failed, and does not remember the path', async () => {
    const ctx = context(join(folder, 'saknas', 'a.txt'))
    await expect(saveViaDialog(ctx, request(() => 'x'))).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('mappen finns inte längre') })
    expect(ctx.session.savedFiles.size).toBe(0)
  })
})

describe('files.open and files.showInFolder', () => {
  it('act only on a file this session saved', async () => {
    const ctx = context(join(folder, 'a.txt'))
    await expect(handlers['files.open']({ path: '/bin/sh' }, ctx)).rejects.toThrow(/bara filer som du har sparat/)
    expect(() => handlers['files.showInFolder']({ path: '/etc/passwd' }, ctx)).toThrow(/bara filer som du har sparat/)
    const saved = await saveViaDialog(ctx, request(() => 'x'))
    if (saved.status !== 'saved') throw new Error('not saved')
    expect(await handlers['files.open']({ path: saved.path }, ctx)).toBeNull()
    expect(handlers['files.showInFolder']({ path: saved.path }, ctx)).toBeNull()
    expect(opened).toEqual([saved.path])
    expect(revealed).toEqual([saved.path])
    // Another run of the app (another context) has not saved it.
    await expect(handlers['files.open']({ path: saved.path }, context(null))).rejects.toThrow()
  })

  it('a contacts export and a register extract can be opened afterwards', async () => {
    await withTempDir(async (dir) => {
      const h = harness(seededDatabase())
      h.dialogs.save = join(dir, 'kontakter.xlsx')
      await h.call('contacts.export', { format: 'xlsx' })
      expect(await h.call('files.open', { path: h.dialogs.save })).toBeNull()
      h.dialogs.save = join(dir, 'utdrag.json')
      expect(await h.call('contacts.extract', { id: 'contact-anna', format: 'json' })).toMatchObject({ status: 'saved', path: h.dialogs.save })
      expect(await h.call('files.showInFolder', { path: h.dialogs.save })).toBeNull()
    })
  })

  it('the contract refuses an empty path', () => {
    expect(filesContract['files.open'].input.safeParse({ path: '' }).success).toBe(false)
  })
})
