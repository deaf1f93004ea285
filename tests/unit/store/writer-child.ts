/**
 * Child process for the kill -9 test: opens the store in the folder given as
 * argv[2], prints "ready", then adds one contact per update as fast as it can,
 * printing "ack <n>" only after update n has resolved (i.e. is durable). The
 * journal is compacted every few records, and "compacting" is printed when a
 * compaction starts, so the test can kill mid-compaction too.
 */
import { openStore } from '../../../src/main/store'

const log = {
  info: (message: string) => {
    if (message === 'store: compaction started') process.stdout.write('compacting\n')
  },
  warn: () => undefined,
  error: () => undefined
}

async function main(): Promise<void> {
  const store = await openStore({ dataDir: process.argv[2], clock: () => new Date(), log, compaction: { maxJournalRecords: 8 } })
  if (store.startup.status === 'unwritable') throw new Error(`store not writable: ${store.startup.message}`)
  process.stdout.write('ready\n')
  const at = new Date().toISOString()
  for (let n = 1; ; n++) {
    await store.update((db) => {
      db.contacts.push({
        id: `crash${String(n).padStart(6, '0')}`,
        name: `Kontakt ${n}`,
        title: 'Testperson',
        organisationId: null,
        email: `kontakt${n}@example.org`,
        phone: '',
        groupIds: [],
        notes: 'x'.repeat(n % 500),
        createdAt: at,
        updatedAt: at
      })
      db.settings.councilName = `ändring ${n}`
    })
    process.stdout.write(`ack ${n}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
