/**
 * `npm run bench`: performance numbers, printed as plain tables. Not a test: it
 * never fails on timing. Each section is a module in scripts/bench/ whose default
 * export is a BenchSection; adding one is one line in SECTIONS.
 */
import type { BenchSection } from './bench/section'

const SECTIONS = ['./bench/store.ts', './bench/search.ts', './bench/search-ui.ts', './bench/logo-preview.ts', './bench/minutes-typing.ts', './bench/checkin-ui.ts', './bench/search-all-ui.ts', './bench/search-all-start.ts']

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke')
  for (const path of SECTIONS) {
    const section = ((await import(new URL(path, import.meta.url).href)) as { default: BenchSection }).default
    console.log(`\n== ${section.title} ==\n`)
    await section.run({ smoke })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
