import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyDatabase } from '../../src/shared/domain/database'
import { addDays, stockholmIsoDate } from '../../src/shared/format/dates'
import { AppPage } from './pages/AppPage'
import { OverviewPage } from './pages/OverviewPage'
import { SettingsPage } from './pages/SettingsPage'
import { Harness, STORY_DATE } from './support/harness'

const CORRUPT = '{"schemaVersion": 2, "settings": {"councilName": "Hägersten-Älv'

/** Yesterday in Stockholm, as the store names its daily backups. */
/** The day before the story's day, by main's (fixed) clock, as the store names its daily backups. */
const yesterday = (): string => addDays(stockholmIsoDate(STORY_DATE), -1)

describe('startup: she is told plainly when her data file had a problem', () => {
  let harness: Harness | undefined
  afterEach(async () => harness?.close())

  it('a corrupt data file is set aside, yesterday’s backup opened, and she is told where the old file is', async () => {
    harness = await Harness.start({
      story: 'startup-restored',
      before: async ({ dataDir }) => {
        const backup = emptyDatabase()
        backup.settings.councilName = 'Hägersten-Älvsjö'
        await mkdir(join(dataDir, 'backups'), { recursive: true })
        await writeFile(join(dataDir, 'backups', `samverkan-${yesterday()}.json`), JSON.stringify(backup))
        await writeFile(join(dataDir, 'samverkan.json'), CORRUPT)
      }
    })
    const app = new AppPage(harness)
    await app.startupScreen().waitFor()
    const quarantined = harness.store.startup.quarantinedPath
    expect(quarantined).toMatch(/samverkan\.trasig-.*\.json$/)
    expect(await readFile(quarantined!, 'utf8')).toBe(CORRUPT)
    const screen = await app.startupScreen().innerText()
    expect(screen).toContain('Datafilen gick inte att läsa – en säkerhetskopia har återställts')
    expect(screen).toContain(quarantined)
    expect(screen).toContain(join(harness.dataDir, 'backups', `samverkan-${yesterday()}.json`))
    await harness.expectAccessible('startskärmen (återställd)')
    harness.expectNoProblems()
    await harness.screenshot('restored')

    await app.openDataFolderFromStartup()
    await expect.poll(() => harness!.desktop.calls).toEqual([{ kind: 'openPath', target: harness.dataDir }])
    await app.acknowledgeStartup()
    await new OverviewPage(harness).expectView('Översikt')
    expect(await app.currentView()).toBe('Översikt')
    expect(await app.councilName().innerText()).toBe('Lokala BRÅ Hägersten-Älvsjö')
    await harness.screenshot('acknowledged')

    // Read once is enough: a reload in the same run does not show it again.
    await harness.page.reload()
    await new OverviewPage(harness).expectView('Översikt')
    expect(await app.startupScreen().count()).toBe(0)
  })

  it('a data folder that cannot be written says changes cannot be saved, and never pretends otherwise', async () => {
    harness = await Harness.start({
      story: 'startup-unwritable',
      // The data folder's parent is a regular file, so the folder can never be created.
      dataDir: (root) => join(root, 'blocker', 'data'),
      before: async ({ root }) => writeFile(join(root, 'blocker'), 'not a folder')
    })
    const app = new AppPage(harness)
    await app.startupScreen().waitFor()
    const screen = await app.startupScreen().innerText()
    expect(screen).toContain('Samverkan kan inte spara i datamappen')
    expect(screen).toContain('Ändringar kan inte sparas.')
    expect(await app.startupScreen().getByRole('button', { name: 'Jag förstår' }).count()).toBe(0)
    await harness.expectAccessible('startskärmen (skrivskyddad)')
    harness.expectNoProblems()
    await harness.screenshot('unwritable')

    await app.viewReadOnly()
    const settings = new SettingsPage(harness)
    await app.goTo('Inställningar')
    await settings.fillIn({ 'Lokala BRÅ': { 'Rådets namn': 'Hägersten-Älvsjö' } })
    // Autosave is off: the form says so instead of trying, and Ctrl+S changes nothing.
    await settings.save()
    await settings.saveState().filter({ hasText: 'Sparas inte: Samverkan kan inte spara i datamappen.' }).waitFor()
    expect(await settings.field('Lokala BRÅ', 'Rådets namn').inputValue()).toBe('Hägersten-Älvsjö')
    expect(await readdir(harness.root)).toEqual(['blocker'])
    await settings.expectView('Inställningar')
    await harness.screenshot('unwritable-save-refused')
    // What she typed cannot be kept, so leaving asks first.
    await app.navItem('Översikt').click()
    const ask = settings.page.getByRole('alertdialog', { name: 'Osparade ändringar' })
    await ask.waitFor()
    await ask.getByRole('button', { name: 'Stanna kvar' }).click()
    await ask.waitFor({ state: 'detached' })
  })
})
