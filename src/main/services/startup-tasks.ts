import { stockholmIsoDate } from '../../shared/format/dates'
import type { ServiceContext } from './context'
import { ensureBuiltInGroups } from './contacts/register'
import { stampOf } from './contacts/stamp'
import { removeOldDrafts } from './meetings/drafts'
import { applyDietaryRetention } from './retention'
import { searchServiceFor } from './search/service'
import { copyLinkedLogo } from './settings/logo-migration'

type Task = (ctx: ServiceContext) => Promise<void>

/**
 * Dietary needs are health data kept only for the catering (GDPR data
 * minimisation), so expired ones are cleared at every start. The store writes
 * nothing when a change changes nothing, so an idle start costs no write.
 */
const clearExpiredDietaryNeeds: Task = async (ctx) => {
  const today = stockholmIsoDate(ctx.clock())
  const cleared = await ctx.store.update((db) => applyDietaryRetention(db, today, db.settings.dietaryRetentionDays))
  if (cleared > 0) ctx.log.info('dietary retention applied', { cleared })
}

/** The council's invitees, business and associations groups always exist (they cannot be deleted), also in older files. */
const addMissingBuiltInGroups: Task = async (ctx) => {
  const stamp = stampOf(ctx)
  const added = await ctx.store.update((db) => ensureBuiltInGroups(db, stamp))
  if (added > 0) ctx.log.info('built-in groups added', { added })
}

/** Mail drafts are copies of kallelser she has sent from Outlook (or chose not to); kept 30 days. */
const removeExpiredDrafts: Task = async (ctx) => {
  const removed = await removeOldDrafts(ctx)
  if (removed > 0) ctx.log.info('old mail drafts removed', { removed })
}

/** Long enough for the window to have painted its first view; a query before then starts the build itself. */
export const SEARCH_INDEX_DELAY_MS = 1000

/**
 * "Sök i allt" needs its index: built in slices that yield to the event loop, and only
 * after the window's first paint, so starting never waits for it. Not awaited.
 */
const scheduleSearchIndex: Task = async (ctx) => {
  const timer = setTimeout(() => {
    searchServiceFor(ctx.store)
      .start()
      .catch((error: unknown) => ctx.log.warn('search index build failed', { error: error instanceof Error ? error.name : 'unknown' }))
  }, SEARCH_INDEX_DELAY_MS)
  // A headless run (the demo, a test) may end before it fires.
  timer.unref?.()
}

const TASKS: [string, Task][] = [
  ['dietary retention', clearExpiredDietaryNeeds],
  ['built-in groups', addMissingBuiltInGroups],
  ['logo copy', copyLinkedLogo],
  ['mail drafts', removeExpiredDrafts],
  ['search index', scheduleSearchIndex]
]

/** Housekeeping once the store is open; a read-only store is left alone. */
export async function runStartupTasks(ctx: ServiceContext): Promise<void> {
  if (ctx.store.startup.status === 'unwritable') return
  for (const [name, task] of TASKS) {
    try {
      await task(ctx)
    } catch (error) {
      // The store already explains a failed write to the user; housekeeping retries next start.
      ctx.log.warn('startup task failed', { task: name, error: error instanceof Error ? error.name : 'unknown' })
    }
  }
}
