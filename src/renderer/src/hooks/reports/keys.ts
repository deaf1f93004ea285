import { keysFor } from '../../api/keys'

/** Query keys of Rapporter: the years, each year's figures, and her texts per (year, kind). */
export const reportKeys = {
  ...keysFor('reports'),
  figures: (year: number) => ['reports', 'figures', year] as const,
  texts: (year: number, kind: string) => ['reports', 'texts', year, kind] as const
}
