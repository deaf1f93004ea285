import { it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { Harness } from './support/harness'

it('smoke', async () => {
  const h = await Harness.start({ story: 'smoke-seminars' })
  try {
    await h.store.update((db) => void Object.assign(db, exampleDatabase()))
    const id = h.db.seminars[0].id
    const go = async (hash: string) => { await h.page.evaluate((x) => ((globalThis as any).location.hash = x), hash); await h.page.waitForTimeout(800) }
    const check = async (where: string) => { try { await h.expectAccessible(where) } catch (e) { console.log(String(e)) } try { h.expectNoProblems() } catch (e) { console.log(String(e)) } }
    await h.page.reload()
    await go('#/seminars'); await h.screenshot('list'); await check('list')
    await go(`#/seminars/${id}`); await h.screenshot('details'); await check('details')
    await h.page.getByRole('tab', { name: 'Anmälningar' }).click(); await h.page.waitForTimeout(300)
    await h.page.getByRole('combobox', { name: 'Namn' }).pressSequentially('Ny Person'); await h.page.waitForTimeout(500)
    await h.screenshot('registrations'); await check('registrations')
    await h.page.getByRole('tab', { name: 'Inbjudan' }).click(); await h.page.waitForTimeout(300); await h.screenshot('invitation'); await check('invitation')
    await h.page.getByRole('tab', { name: 'Listor och export' }).click(); await h.page.waitForTimeout(300); await h.screenshot('exports'); await check('exports')
    await go(`#/seminars/${id}/dorren`); await h.screenshot('door'); await check('door')
    await h.page.setViewportSize({ width: 1280, height: 640 }); await h.page.waitForTimeout(300); await h.page.screenshot({ path: 'test-output/e2e/smoke-door-640.png' }); await check('door640')
    await h.page.setViewportSize({ width: 1280, height: 860 })
    await go('#/seminars/nytt'); await h.screenshot('new'); await check('new')
    await go('#/'); await h.page.waitForTimeout(500); await h.screenshot('overview'); await check('overview')
  } finally { await h.close().catch((e) => console.log(String(e))) }
})
