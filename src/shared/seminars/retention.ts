import { addDays } from '../format/dates'

/*
 * When a seminar's specialkost is erased (docs/domain.md: personal data, deleted after the
 * event): on the first start on or after the day `retentionDays` days after the seminar
 * date have passed. One rule for the startup erasure (main/services/retention.ts), the
 * date the closing summary promises, and Översikt's warning before it happens.
 */

/** The day specialkost of a seminar is erased: the seminar date + retentionDays + 1. */
export const dietaryErasureDate = (seminarDate: string, retentionDays: number): string => addDays(seminarDate, retentionDays + 1)

/** Its retention is over on `today`: the erasure day has come. */
export const dietaryExpired = (seminarDate: string, today: string, retentionDays: number): boolean =>
  dietaryErasureDate(seminarDate, retentionDays) <= today
