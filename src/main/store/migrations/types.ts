/** What a migration may use besides the data: new ids and "now", both injected. */
export interface MigrationContext {
  newId: () => string
  /** ISO timestamp stamped on records a migration creates. */
  now: string
}

/** Turns a file of schema version `from` into version `from + 1`. Pure: no I/O. */
export interface Migration {
  from: number
  migrate(data: unknown, ctx: MigrationContext): unknown
}
