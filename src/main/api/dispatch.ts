import {
  contract,
  isMethodName,
  type ApiOutput,
  type ApiResult,
  type MethodName,
  type ParsedInput
} from '../../shared/contract'
import { installSwedishErrors } from '../../shared/contract/swedish-errors'
import type { ServiceContext } from '../services/context'
import { AppError, invalidInput } from './errors'

export type Handler<K extends MethodName> = (
  input: ParsedInput<K>,
  ctx: ServiceContext
) => Promise<ApiOutput<K>> | ApiOutput<K>

/** Every contract method must have exactly one handler; the type checker enforces it. */
export type Handlers = { [K in MethodName]: Handler<K> }

/** Handlers for the methods whose names start with a prefix, e.g. `HandlersFor<'contacts.'>`. */
export type HandlersFor<P extends string> = { [K in MethodName as K extends `${P}${string}` ? K : never]: Handler<K> }

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>

/**
 * The one entry point for every call from the renderer (IPC or test bridge):
 * the input is parsed from `unknown` before any handler runs, so a bad call never
 * reaches the store.
 */
export function createDispatch(handlers: Handlers, ctx: ServiceContext): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail(new AppError('invalidInput', 'Okänd funktion.'))
    }
    const parsed = contract[method].input.safeParse(input)
    if (!parsed.success) {
      return fail(invalidInput(parsed.error))
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: ServiceContext) => unknown
      const value = await handler(parsed.data, ctx)
      return { ok: true, value: contract[method].output.parse(value) }
    } catch (error) {
      if (error instanceof AppError) return fail(error)
      // Only the method name and error class are logged: messages may hold personal data.
      ctx.log.error('api call failed', { method, error: error instanceof Error ? error.name : 'unknown' })
      return fail(new AppError('internal', 'Något gick fel. Försök igen; om felet kvarstår, starta om Samverkan.'))
    }
  }
}

// Every process that parses contract input answers in Swedish.
installSwedishErrors()

const fail = (error: AppError): ApiResult<never> => ({ ok: false, error: error.toShape() })
