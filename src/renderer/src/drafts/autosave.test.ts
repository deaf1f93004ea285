import { describe, expect, it } from 'vitest'
import { autosaveText, createAutosave, type AutosaveState } from './autosave'

/** Timers the test runs by hand, so nothing depends on real time. */
function manualTimers() {
  const due = new Map<number, () => void>()
  let next = 0
  return {
    set: (fn: () => void) => (due.set(++next, fn), next),
    clear: (h: unknown) => void due.delete(h as number),
    fire: () => [...due.entries()].forEach(([h, fn]) => (due.delete(h), fn())),
    count: () => due.size
  }
}

function setup(save: (v: string) => Promise<unknown> = async () => undefined) {
  const timers = manualTimers()
  const states: AutosaveState[] = []
  const saved: string[] = []
  const autosave = createAutosave<string>({
    save: async (v) => (saved.push(v), save(v)),
    describe: (e) => (e instanceof Error ? e.message : 'fel'),
    onState: (s) => states.push(s),
    now: () => new Date('2019-03-01T09:42:00Z'),
    timers
  })
  return { autosave, timers, states, saved }
}

describe('autosave', () => {
  it('saves once, the last value, after the pause that follows her last change', async () => {
    const { autosave, timers, saved, states } = setup()
    autosave.change('a')
    autosave.change('ab')
    expect(timers.count()).toBe(1)
    expect(autosave.isDirty()).toBe(true)
    timers.fire()
    await autosave.flush()
    expect(saved).toEqual(['ab'])
    expect(autosave.isDirty()).toBe(false)
    expect(autosaveText(states.at(-1)!)).toBe('Sparat kl. 10.42')
  })

  it('flush saves a pending change at once, and does nothing when there is none', async () => {
    const { autosave, saved, timers } = setup()
    await autosave.flush()
    expect(saved).toEqual([])
    autosave.change('x')
    await autosave.flush()
    expect(saved).toEqual(['x'])
    expect(timers.count()).toBe(0)
  })

  it('a change during a save is saved after it, not lost', async () => {
    let release: () => void = () => undefined
    const { autosave, saved } = setup(() => new Promise<void>((r) => (release = r)))
    autosave.change('one')
    const first = autosave.flush()
    await Promise.resolve()
    autosave.change('two')
    const second = autosave.flush()
    release()
    await first
    release()
    await second
    expect(saved).toEqual(['one', 'two'])
  })

  it('says why a save failed, in the words the service gave', async () => {
    const { autosave, states } = setup(async () => {
      throw new Error('Disken är full.')
    })
    autosave.change('x')
    await autosave.flush()
    expect(autosaveText(states.at(-1)!)).toBe('Kunde inte spara: Disken är full.')
    expect(autosaveText({ status: 'saving' })).toBe('Sparar…')
  })
})
