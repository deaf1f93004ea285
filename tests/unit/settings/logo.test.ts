import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { handlers } from '../../../src/main/api/handlers'
import type { ServiceContext } from '../../../src/main/services/context'
import { minutesOf } from '../../../src/main/services/documents/minutes-source'
import { LOGO_FOLDER, LOGO_MAX_BYTES, LOGO_TEXTS } from '../../../src/main/services/settings/logo'
import { copyLinkedLogo } from '../../../src/main/services/settings/logo-migration'
import { exampleDatabase } from '../../../src/main/example'
import { emptyDatabase } from '../../../src/shared/domain/database'
import { memoryStore, testContext } from '../../support/context'
import { tinyPng, unzipDocx } from '../../support/docx'

let root: string
let dataDir: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samverkan-logo-'))
  dataDir = join(root, 'data')
  await mkdir(dataDir)
})
afterEach(async () => rm(root, { recursive: true, force: true }))

function setup(chosen: string | null, db = emptyDatabase()) {
  const store = memoryStore(db)
  const ctx: ServiceContext = testContext({
    store,
    paths: { dataDir },
    dialogs: { openFile: async () => chosen, saveFile: async () => null }
  })
  return { store, ctx, dispatch: createDispatch(handlers, ctx) }
}

const copies = async () => readdir(join(dataDir, LOGO_FOLDER)).catch(() => [])

describe('choosing the logo', () => {
  it('copies the image into the data folder, so documents keep it after she moves the original', async () => {
    const original = join(root, 'stadens-logotyp.png')
    await writeFile(original, await tinyPng(200, 100))
    const { dispatch, ctx } = setup(original, exampleDatabase())
    const result = await dispatch('settings.chooseLogo', undefined)
    expect(result.ok).toBe(true)
    const name = ctx.store.read().settings.documents.logoPath
    expect(name).toMatch(/^logotyp-[\w-]+\.png$/)
    expect(await copies()).toEqual([name])

    await rename(original, join(root, 'flyttad.png'))
    const preview = await dispatch('settings.getLogoPreview', undefined)
    expect(preview).toMatchObject({ ok: true, value: expect.stringMatching(/^data:image\/png;base64,/) })
    // A planned meeting is drawn with today's settings (a held one keeps the look it was held with).
    const planned = ctx.store.read().meetings.find((m) => m.status === 'planned')
    const parts = await unzipDocx((await minutesOf(ctx, planned?.id ?? '')).bytes)
    expect([...parts.keys()].filter((k) => k.startsWith('word/media/'))).toHaveLength(1)
  })

  it.each([
    ['a folder', async (p: string) => mkdir(p), LOGO_TEXTS.folder],
    ['a text file named .png', async (p: string) => writeFile(p, 'inte en bild'), LOGO_TEXTS.notImage],
    ['an empty file', async (p: string) => writeFile(p, ''), LOGO_TEXTS.empty],
    ['an SVG named .png', async (p: string) => writeFile(p, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), LOGO_TEXTS.notImage],
    ['a GIF', async (p: string) => writeFile(p, Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1')), LOGO_TEXTS.notImage],
    ['a PNG of 20,000 × 100 pixels', async (p: string) => writeFile(p, await tinyPng(20_000, 100)), 'Bilden är för stor (20000 × 100 bildpunkter).'],
    ['a 3 MB PNG', async (p: string) => writeFile(p, Buffer.concat([await tinyPng(), Buffer.alloc(3 * 1024 * 1024)])), 'Bilden är för stor (3 MB).'],
    ['a missing file', async () => undefined, LOGO_TEXTS.unreadable]
  ])('refuses %s with a Swedish reason, storing and copying nothing', async (_what, make, message) => {
    const chosen = join(root, 'logotyp.png')
    await make(chosen)
    const { dispatch, store } = setup(chosen)
    const result = await dispatch('settings.chooseLogo', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput', message: expect.stringContaining(message) } })
    expect(store.writes).toBe(0)
    expect(await copies()).toEqual([])
  })

  it('shows no preview rather than a huge one when the copy has grown past the cap', async () => {
    const original = join(root, 'logotyp.png')
    await writeFile(original, await tinyPng())
    const { dispatch, ctx } = setup(original)
    await dispatch('settings.chooseLogo', undefined)
    const name = ctx.store.read().settings.documents.logoPath ?? ''
    await writeFile(join(dataDir, LOGO_FOLDER, name), Buffer.concat([await tinyPng(), Buffer.alloc(LOGO_MAX_BYTES)]))
    expect(await dispatch('settings.getLogoPreview', undefined)).toEqual({ ok: true, value: null })
  })
})

describe('a logo linked before copies existed', () => {
  it('is copied in at start, and settings then name the copy', async () => {
    const original = join(root, 'gammal.jpg')
    await writeFile(original, jpeg(120, 60))
    const db = emptyDatabase()
    db.settings.documents.logoPath = original
    const { ctx } = setup(null, db)
    await copyLinkedLogo(ctx)
    expect(ctx.store.read().settings.documents.logoPath).toMatch(/^logotyp-[\w-]+\.jpg$/)
  })

  it('held meetings that snapshotted the same link name the copy too', async () => {
    const original = join(root, 'gammal.jpg')
    await writeFile(original, jpeg(120, 60))
    const db = exampleDatabase()
    db.settings.documents.logoPath = original
    for (const m of db.meetings) if (m.heldWith) m.heldWith.documents.logoPath = original
    const { ctx } = setup(null, db)
    await copyLinkedLogo(ctx)
    const copy = ctx.store.read().settings.documents.logoPath
    expect(copy).toMatch(/^logotyp-[\w-]+\.jpg$/)
    const held = ctx.store.read().meetings.filter((m) => m.heldWith)
    expect(held.length).toBeGreaterThan(0)
    for (const m of held) expect(m.heldWith!.documents.logoPath).toBe(copy)
  })

  it('is kept as it was when the file is gone, so the settings view can ask for it again', async () => {
    const db = emptyDatabase()
    db.settings.documents.logoPath = join(root, 'borta.png')
    const { ctx, store } = setup(null, db)
    await copyLinkedLogo(ctx)
    expect(store.writes).toBe(0)
    expect(ctx.store.read().settings.documents.logoPath).toBe(join(root, 'borta.png'))
  })
})

/** The smallest JPEG header describeImage reads: SOI, then a baseline start-of-frame with the size. */
function jpeg(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03])
  return Buffer.concat([Buffer.from([0xff, 0xd8]), sof, Buffer.alloc(16), Buffer.from([0xff, 0xd9])])
}
