import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../services/context'
import type { OpenStoreOptions } from '../store'
import type { DataStore } from '../store/types'
import { writeExampleDocuments } from './documents'
import { exampleDatabase } from './index'
import { describeDatabase } from './summary'

export interface DemoDeps {
  openStore: (options: OpenStoreOptions) => Promise<DataStore>
  clock: () => Date
  log: Logger
  writeDocuments?: typeof writeExampleDocuments
}

export interface DemoResult {
  dataFile: string
  documents: string[]
  /** The Swedish summary to print. */
  lines: string[]
}

/** A refusal the user can act on; the message is plain Swedish. */
export class DemoError extends Error {
  override name = 'DemoError'
}

async function isMissingOrEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch (error) {
    // Not there (or under a file): nothing to protect; creating it reports the real trouble.
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return true
    throw error
  }
}

/**
 * Creates `<folder>/data` holding the example register, through the same store the
 * app uses, and writes the example documents into `<folder>`. Someone's real data
 * folder could be named by mistake, so anything already there is left untouched.
 */
export async function runDemo(folder: string, deps: DemoDeps): Promise<DemoResult> {
  const dataDir = join(folder, 'data')
  if (!(await isMissingOrEmpty(dataDir))) {
    throw new DemoError(`Mappen ${dataDir} finns redan och innehåller filer. Välj en ny mapp, så skrivs inga data över.`)
  }
  try {
    await mkdir(dataDir, { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'okänt fel'
    throw new DemoError(`Mappen ${dataDir} kunde inte skapas (${code}). Välj en mapp du kan skriva i.`)
  }
  const store = await deps.openStore({ dataDir, clock: deps.clock, log: deps.log })
  try {
    if (store.startup.status === 'unwritable') {
      throw new DemoError(store.startup.message ?? `Det gick inte att skriva i ${dataDir}.`)
    }
    const example = exampleDatabase()
    await store.update((db) => Object.assign(db, example))
    const documents = await (deps.writeDocuments ?? writeExampleDocuments)(folder, store.read())
    await store.flush()
    return {
      dataFile: store.dataFile,
      documents,
      lines: [
        `Exempeldata skrivna till ${store.dataFile}`,
        ...describeDatabase(store.read()),
        ...(documents.length ? ['Dokument:', ...documents.map((d) => `  ${d}`)] : [])
      ]
    }
  } finally {
    await store.close()
  }
}
