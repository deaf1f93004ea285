import { appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { OverviewPage } from './pages/OverviewPage'
import { Harness } from './support/harness'

describe('startup: a start that mended something tells her what, once', () => {
  let harness: Harness | undefined
  afterEach(async () => harness?.close())

  it('a change cut off mid-save is dropped, everything saved before it is kept, and she is told', async () => {
    harness = await Harness.start({ story: 'startup-torn-tail' })
    await harness.store.update((db) => {
      db.settings.councilName = 'Hägersten-Älvsjö'
    })
    // A crash mid-append leaves half a journal line behind the last whole one.
    await harness.restart(async (dataDir) => appendFile(join(dataDir, 'samverkan.journal'), '1234abcd {"seq":99,"pat'))
    expect(harness.store.startup.status).toBe('ok')
    expect(harness.store.read().settings.councilName).toBe('Hägersten-Älvsjö')

    const overview = new OverviewPage(harness)
    await overview.expectView('Översikt')
    const notice = harness.page.getByTestId('startup-notice')
    await expect.poll(() => notice.innerText()).toContain('Den ändring som inte hann sparas klart har tagits bort')
    await harness.expectAccessible('översikt med startmeddelande')
    await harness.screenshot('notice')

    await notice.getByRole('button', { name: 'Jag förstår' }).click()
    await expect.poll(() => notice.count()).toBe(0)
    harness.expectNoProblems()
  })
})
