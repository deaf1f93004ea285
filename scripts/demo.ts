/**
 * `npm run demo -- <folder>`: headless, no Electron. Creates <folder>/data from the
 * example register (the lokala BRÅ minutes of 2019-02-22), writes the example
 * documents into <folder>, and prints what the data holds.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DemoError, runDemo } from '../src/main/example/demo'
import type { Logger } from '../src/main/services/context'
import { openStore } from '../src/main/store'

/** The store logs fixed strings and codes only; warnings matter to someone running the demo. */
const log: Logger = {
  info: () => undefined,
  warn: (message, meta) => console.error(`varning: ${message}`, meta ?? ''),
  error: (message, meta) => console.error(`fel: ${message}`, meta ?? '')
}

export async function main(args: string[]): Promise<number> {
  const folder = args.find((a) => a !== '--')
  if (!folder) {
    console.error('Ange en mapp: npm run demo -- <mapp>')
    return 2
  }
  try {
    const result = await runDemo(resolve(folder), { openStore, clock: () => new Date(), log })
    console.log(result.lines.join('\n'))
    return 0
  } catch (error) {
    if (error instanceof DemoError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2))
}
