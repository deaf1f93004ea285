import { applyDietaryRetention } from './retention'
import type { ServiceContext } from './context'
import { stockholmIsoDate } from '../../shared/format/dates'

/**
 * Housekeeping run once the store is open. Dietary needs are health data kept only
 * for the catering (GDPR data minimisation), so expired ones are cleared at every
 * start; the probe on a copy avoids rewriting the file when nothing has expired.
 */
export async function runStartupTasks(ctx: ServiceContext): Promise<void> {
  if (ctx.store.startup.status === 'unwritable') return
  const today = stockholmIsoDate(ctx.clock())
  const days = ctx.store.read().settings.dietaryRetentionDays
  const probe = structuredClone(ctx.store.read())
  if (applyDietaryRetention(probe, today, days) === 0) return
  try {
    const cleared = await ctx.store.update((db) => applyDietaryRetention(db, today, days))
    ctx.log.info('dietary retention applied', { cleared })
  } catch (error) {
    // The store already explains a failed write to the user; housekeeping retries next start.
    ctx.log.warn('dietary retention failed', { error: error instanceof Error ? error.name : 'unknown' })
  }
}
