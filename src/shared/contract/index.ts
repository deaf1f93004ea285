import type { z } from 'zod'
import { appContract } from './app'
import { actionsContract, areasContract, areaTaggingContract } from './areas'
import { backupsContract } from './backups'
import { contactsContract, groupsContract, organisationsContract } from './contacts'
import type { ApiResult } from './define'
import { documentsContract } from './documents'
import type { EventName } from './events'
import { EVENT_NAMES, METHOD_NAMES } from './names'
import { filesContract } from './files'
import { meetingsContract } from './meetings'
import { minutesContract } from './minutes'
import { overviewContract } from './overview'
import { assignmentsContract } from './assignments'
import { reportsContract } from './reports'
import { searchContract } from './search'
import { seminarsContract } from './seminars'
import { settingsContract } from './settings'

/**
 * The one API contract: method name -> input and output schemas.
 * Main implements it, the preload forwards it, the renderer's client and the
 * end-to-end bridge are typed by it. Names are `domain.verbNoun`.
 */
export const contract = {
  ...appContract,
  ...overviewContract,
  ...settingsContract,
  ...contactsContract,
  ...organisationsContract,
  ...groupsContract,
  ...meetingsContract,
  ...minutesContract,
  ...assignmentsContract,
  ...documentsContract,
  ...filesContract,
  ...seminarsContract,
  ...backupsContract,
  ...areasContract,
  ...areaTaggingContract,
  ...actionsContract,
  ...reportsContract,
  ...searchContract
}

export type Contract = typeof contract
export type MethodName = keyof Contract
export type ApiInput<K extends MethodName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>
export type ApiOutput<K extends MethodName> = z.output<Contract[K]['output']>

/** Compile-time: the preload's plain name lists (names.ts) are exactly the contract's keys. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const methodNamesMatch: Same<(typeof METHOD_NAMES)[number], MethodName> = true
const eventNamesMatch: Same<(typeof EVENT_NAMES)[number], EventName> = true
void methodNamesMatch
void eventNamesMatch

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)

/** What the preload exposes as `window.api`: one function per contract method, and `on` for events. */
export type WindowApi = {
  [K in MethodName]: (input?: ApiInput<K>) => Promise<ApiResult<ApiOutput<K>>>
} & {
  /** Subscribes to one event from main; returns the unsubscribe. */
  on<E extends EventName>(name: E, handler: (payload: unknown) => void): () => void
}

export * from './define'
export * from './events'
export * from './names'
