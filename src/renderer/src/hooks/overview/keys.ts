import { OVERVIEW_KEY } from '../app/keys'

/**
 * Under the overview key: every change that refreshes the counts (invalidateDomain)
 * refreshes the to-do list with them.
 */
export const overviewKeys = {
  today: [...OVERVIEW_KEY, 'today'] as const
}
