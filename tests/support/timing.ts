/** Best of a few runs, in milliseconds: the least noisy single number on a shared machine. */
export function bestOf(runs: number, work: () => unknown): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work()
    best = Math.min(best, performance.now() - start)
  }
  return best
}
