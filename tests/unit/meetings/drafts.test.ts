import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DRAFTS_FOLDER, removeOldDrafts, writeDraft } from '../../../src/main/services/meetings/drafts'
import { runStartupTasks } from '../../../src/main/services/startup-tasks'
import { testContext } from '../../support/context'

const NOW = new Date('2019-06-01T10:00:00Z')
const DAY = 24 * 60 * 60 * 1000
let dir = ''
afterEach(async () => rm(dir, { recursive: true, force: true }))

async function draftAged(name: string, days: number): Promise<void> {
  const path = join(dir, DRAFTS_FOLDER, name)
  await writeFile(path, 'X-Unsent: 1\r\n\r\n')
  const at = new Date(NOW.getTime() - days * DAY)
  await utimes(path, at, at)
}

describe('mail drafts in the data folder', () => {
  it('are removed at start once older than 30 days (by the injected clock); younger ones and other files stay', async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-drafts-'))
    await mkdir(join(dir, DRAFTS_FOLDER))
    await draftAged('gammal.eml', 31)
    await draftAged('precis.eml', 29.9)
    await draftAged('inte-ett-utkast.txt', 90)
    const ctx = testContext({ paths: { dataDir: dir }, clock: () => NOW })
    await runStartupTasks(ctx)
    expect((await readdir(join(dir, DRAFTS_FOLDER))).sort()).toEqual(['inte-ett-utkast.txt', 'precis.eml'])
    // A month later the other one goes too.
    expect(await removeOldDrafts(testContext({ paths: { dataDir: dir }, clock: () => new Date(NOW.getTime() + 2 * DAY) }))).toBe(1)
  })

  it('a data folder without drafts is nothing to do', async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-drafts-'))
    expect(await removeOldDrafts(testContext({ paths: { dataDir: dir }, clock: () => NOW }))).toBe(0)
  })

  it('a new draft never overwrites an earlier one of the same name', async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-drafts-'))
    const ctx = testContext({ paths: { dataDir: dir } })
    const first = await writeDraft(ctx, 'kallelse', new Uint8Array([1]))
    const second = await writeDraft(ctx, 'kallelse', new Uint8Array([2]))
    expect([first, second]).toEqual([join(dir, DRAFTS_FOLDER, 'kallelse.eml'), join(dir, DRAFTS_FOLDER, 'kallelse-2.eml')])
  })

  it('says in Swedish when the folder cannot be written', async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-drafts-'))
    await writeFile(join(dir, DRAFTS_FOLDER), 'a file where the folder should be')
    await expect(writeDraft(testContext({ paths: { dataDir: dir } }), 'kallelse', new Uint8Array([1]))).rejects.toMatchObject({ code: 'storage' })
  })
})
