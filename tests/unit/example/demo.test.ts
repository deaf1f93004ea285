import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../../src/main/example'
import { DemoError, runDemo, type DemoDeps } from '../../../src/main/example/demo'
import { openStore } from '../../../src/main/store'
import { DatabaseSchema } from '../../../src/shared/domain/database'

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }
const deps: DemoDeps = { openStore, clock: () => new Date('2026-11-26T10:00:00Z'), log: quiet }
const ROOT = join(import.meta.dirname, '../../..')

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'samverkan-demo-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('runDemo', () => {
  it('creates a data folder holding exactly the example, readable by the store, and releases it', async () => {
    const result = await runDemo(folder, deps)
    expect(result.dataFile).toBe(join(folder, 'data', 'samverkan.json'))
    const stored = DatabaseSchema.parse(JSON.parse(await readFile(result.dataFile, 'utf8')))
    expect(stored).toEqual(exampleDatabase())
    expect(existsSync(join(folder, 'data', 'samverkan.lock'))).toBe(false)
    const reopened = await openStore({ dataDir: join(folder, 'data'), clock: deps.clock, log: quiet })
    try {
      expect(reopened.startup.status).toBe('ok')
      expect(reopened.read().meetings.map((m) => m.date)).toEqual(['2019-02-22', '2019-05-10'])
    } finally {
      await reopened.close()
    }
  })

  it('writes the minutes of the held meeting as a Word file carrying its facts', async () => {
    const { documents, lines } = await runDemo(folder, deps)
    const path = join(folder, 'minnesanteckningar-lokala-bra-2019-02-22.docx')
    const kallelse = ['docx', 'eml', 'ics'].map((ext) => join(folder, `kallelse-lokala-bra-2019-05-10.${ext}`))
    const seminar = ['inbjudan-frukostseminarium-2019-03-28.docx', 'deltagarlista-frukostseminarium-2019-03-28.docx', 'anmalningar-frukostseminarium-2019-03-28.xlsx']
    expect(documents).toEqual([path, ...kallelse, ...seminar.map((name) => join(folder, name))])
    for (const written of documents) expect(lines).toContain(`  ${written}`)
    const xml = (await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')?.async('string')) ?? ''
    const text = xml.replace(/<[^>]+>/g, '')
    for (const fact of ['Toni Mellblom', 'Beslutade insatser', 'Bilaga 1', 'stina.pernilla.lundmark@stockholm.se', 'Clas Cederlid']) {
      expect(text).toContain(fact)
    }
  })

  it('reports in Swedish what the data holds', async () => {
    const { lines } = await runDemo(folder, deps)
    const text = lines.join('\n')
    expect(text).toContain('Kontakter: 18, organisationer: 12, grupper: 3')
    expect(text).toMatch(/2019-05-10 kl\. 09\.00–11\.00, planerat/)
    expect(text).toMatch(/2019-02-22 kl\. 09\.00–11\.00, genomfört/)
    expect(text).toContain('Uppdrag: 1, varav 1 öppet')
    expect(text).toContain('8 av 8 platser bokade (fullbokat), 2 på reservlistan, 1 avbokning')
  })

  it('refuses a data folder that already holds files, and leaves them untouched', async () => {
    await mkdir(join(folder, 'data'))
    await writeFile(join(folder, 'data', 'samverkan.json'), 'hennes riktiga data')
    await expect(runDemo(folder, deps)).rejects.toThrow(DemoError)
    await expect(runDemo(folder, deps)).rejects.toThrow(/finns redan och innehåller filer/)
    expect(await readdir(join(folder, 'data'))).toEqual(['samverkan.json'])
    expect(await readFile(join(folder, 'data', 'samverkan.json'), 'utf8')).toBe('hennes riktiga data')
  })

  it('uses an existing but empty data folder', async () => {
    await mkdir(join(folder, 'data'))
    const result = await runDemo(folder, deps)
    expect(existsSync(result.dataFile)).toBe(true)
  })

  it('says in Swedish when the folder cannot be created', async () => {
    await writeFile(join(folder, 'en-fil'), '')
    await expect(runDemo(join(folder, 'en-fil'), deps)).rejects.toThrow(/kunde inte skapas \(ENOTDIR\)/)
  })

  it('lists the documents the document step wrote', async () => {
    const writeDocuments: DemoDeps['writeDocuments'] = async (target, db) => {
      const path = join(target, `${db.meetings[0].date}.txt`)
      await writeFile(path, db.meetings[0].council)
      return [path]
    }
    const { documents, lines } = await runDemo(folder, { ...deps, writeDocuments })
    expect(documents).toEqual([join(folder, '2019-02-22.txt')])
    expect(await readFile(documents[0], 'utf8')).toBe('Hägersten-Liljeholmen')
    expect(lines).toContain(`  ${documents[0]}`)
  })
})

describe('npm run demo', () => {
  const demo = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/demo.ts'), ...args], { cwd: ROOT, encoding: 'utf8' })

  it('writes the example and prints the summary; a second run refuses to overwrite', () => {
    const first = demo('--', folder)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain(`Exempeldata skrivna till ${join(folder, 'data', 'samverkan.json')}`)
    expect(first.stdout).toContain('Lokala BRÅ Hägersten-Liljeholmen')
    expect(existsSync(join(folder, 'minnesanteckningar-lokala-bra-2019-02-22.docx'))).toBe(true)
    const second = demo(folder)
    expect(second.status).toBe(1)
    expect(second.stderr).toContain('finns redan och innehåller filer')
  })

  it('asks for a folder when none is given', () => {
    const result = demo()
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Ange en mapp')
  })
})
