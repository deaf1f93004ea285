import { describe, expect, it, vi } from 'vitest'

const loads = vi.hoisted(() => ({ count: 0 }))

vi.mock('nodemailer/lib/mail-composer', async (importOriginal) => {
  loads.count++
  return importOriginal()
})

describe('nodemailer at app start', () => {
  it('is not loaded by importing the mail builders, only when a draft is built', async () => {
    const { buildEml } = await import('../../../src/main/mail/eml')
    await import('../../../src/main/mail/kallelse-mail')
    expect(loads.count).toBe(0)
    await buildEml({ from: { name: 'A', address: 'a@example.org' }, subject: 'x', text: 'x', html: '<p>x</p>', date: new Date(0) })
    expect(loads.count).toBe(1)
  })
})
