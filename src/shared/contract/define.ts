import { z } from 'zod'
import { IdSchema } from '../domain/primitives'

/** One method across the process boundary: what goes in, what comes out. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

/** Declares a method; keeps the schemas' exact types for inference. */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output
})

/** Input of every method that acts on one record: `{ id }`. */
export const IdInputSchema = z.object({ id: IdSchema }).strict()

/** Input for methods that take nothing. */
export const NoInput = z.undefined().or(z.null()).or(z.object({}).strict()).transform(() => undefined)

/** Bytes cross the boundary as base64 so the same contract works over IPC and in test bridges. */
export const Base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'ogiltig base64')

/** A closed dialog is not an error: saves resolve to SaveResult 'cancelled', opens to null. */
export const API_ERROR_CODES = ['invalidInput', 'notFound', 'conflict', 'storage', 'internal'] as const
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

export interface FieldIssue {
  /** Dotted path of the bad field, e.g. "contact.email". */
  path: string
  message: string
}

export interface ApiErrorShape {
  code: ApiErrorCode
  /** Plain Swedish for the coordinator. */
  message: string
  fields?: FieldIssue[]
}

/** Every call resolves to this envelope, so errors keep their structure across IPC. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape }
