import type { z } from 'zod'
import { appContract } from './app'
import { contactsContract, groupsContract, organisationsContract } from './contacts'
import type { ApiResult } from './define'
import { documentsContract } from './documents'
import { meetingsContract } from './meetings'
import { seminarsContract } from './seminars'
import { settingsContract } from './settings'

/**
 * The one API contract: method name -> input and output schemas.
 * Main implements it, the preload forwards it, the renderer's client and the
 * end-to-end bridge are typed by it. Names are `domain.verbNoun`.
 */
export const contract = {
  ...appContract,
  ...settingsContract,
  ...contactsContract,
  ...organisationsContract,
  ...groupsContract,
  ...meetingsContract,
  ...documentsContract,
  ...seminarsContract
}

export type Contract = typeof contract
export type MethodName = keyof Contract
export type ApiInput<K extends MethodName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>
export type ApiOutput<K extends MethodName> = z.output<Contract[K]['output']>

export const METHOD_NAMES = Object.keys(contract) as MethodName[]

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)

/** The single IPC channel; the method name travels as the first argument. */
export const API_CHANNEL = 'samverkan:api'

/** What the preload exposes as `window.api`: one function per contract method. */
export type WindowApi = {
  [K in MethodName]: (input?: ApiInput<K>) => Promise<ApiResult<ApiOutput<K>>>
}

export * from './define'
