/** One part of `npm run bench`: prints its own plain table, never fails on timing. */
export interface BenchSection {
  title: string
  run(options: BenchOptions): Promise<void>
}

export interface BenchOptions {
  /** Tiny sizes and few samples: proves the bench still runs (a test does this); the numbers mean nothing. */
  smoke: boolean
}

/** Percentile of a list of milliseconds (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** A plain fixed-width table: header row, rule, rows. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`
