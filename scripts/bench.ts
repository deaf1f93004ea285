/**
 * `npm run bench`: performance numbers, printed as plain tables. Not a test: it
 * never fails on timing. Each section is a module in scripts/bench/ whose default
 * export is a BenchSection; adding one is one line in SECTIONS. `--only=a,b` runs the
 * sections whose file name contains one of the words (`--only=search-all` for "Sök i allt").
 */
import type { BenchSection } from './bench/section'

const SECTIONS = ['./bench/store.ts', './bench/search.ts', './bench/search-ui.ts', './bench/logo-preview.ts', './bench/minutes-typing.ts', './bench/checkin-ui.ts', './bench/search-all-ui.ts', './bench/search-all-start.ts']

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke')
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean)
  const chosen = only ? SECTIONS.filter((path) => only.some((word) => path.includes(word))) : SECTIONS
  if (chosen.length === 0) throw new Error(`--only matches no section: ${SECTIONS.join(', ')}`)
  for (const path of chosen) {
    const section = ((await import(new URL(path, import.meta.url).href)) as { default: BenchSection }).default
    console.log(`\n== ${section.title} ==\n`)
    await section.run({ smoke })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
