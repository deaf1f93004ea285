import type { Settings } from '../../../../shared/domain/settings'

export type TemplateRow = Settings['agendaTemplate'][number] & { key: string }

export const AGENDA_TEMPLATE_TEXTS = {
  heading: 'Dagordningsmall',
  description: 'Punkterna som varje nytt möte börjar med. Ändringar sparas direkt och gäller möten du skapar härefter.',
  title: (n: number) => `Mallpunkt ${n}, rubrik`,
  kind: (n: number) => `Mallpunkt ${n}, typ`,
  up: (n: number) => `Flytta mallpunkt ${n} uppåt`,
  down: (n: number) => `Flytta mallpunkt ${n} nedåt`,
  remove: (n: number) => `Ta bort mallpunkt ${n}`,
  add: 'Lägg till punkt i mallen'
}

/** One row one step up (-1) or down (1); at either end nothing moves. */
export function moveRow<R>(rows: readonly R[], index: number, direction: -1 | 1): R[] {
  const to = index + direction
  if (to < 0 || to >= rows.length) return [...rows]
  const next = [...rows]
  ;[next[index], next[to]] = [next[to], next[index]]
  return next
}
