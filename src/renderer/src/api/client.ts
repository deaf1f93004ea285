import type { ApiErrorCode, ApiInput, ApiOutput, ApiResult, FieldIssue, MethodName } from '../../../shared/contract'

/** A failed call: `message` is plain Swedish for the coordinator, `fields` name the bad inputs. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldIssue[] = []
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const UNREACHABLE = 'Samverkan kunde inte nå sina data. Starta om programmet; om felet kvarstår, kontakta IT.'

/**
 * Calls one contract method through `window.api` and unwraps the result envelope.
 * Resolves to the method's output; rejects with an ApiError. Components never call
 * this directly: they go through a hook in src/renderer/src/hooks or their feature's hooks.
 */
export async function call<K extends MethodName>(method: K, input?: ApiInput<K>): Promise<ApiOutput<K>> {
  const fn = window.api?.[method] as ((input?: unknown) => Promise<ApiResult<ApiOutput<K>>>) | undefined
  if (typeof fn !== 'function') throw new ApiError('internal', UNREACHABLE)
  let result: ApiResult<ApiOutput<K>>
  try {
    result = await fn(input)
  } catch {
    // The bridge itself failed (IPC torn down, main crashed): not something the user typed.
    throw new ApiError('internal', UNREACHABLE)
  }
  if (result.ok) return result.value
  throw new ApiError(result.error.code, result.error.message, result.error.fields ?? [])
}

/** The Swedish message of any error, for showing to the user. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Något gick fel. Försök igen; om felet kvarstår, starta om Samverkan.'
}

/** Field messages keyed by dotted path ("sender.email"), for showing next to each field. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  return Object.fromEntries(error.fields.map((f) => [f.path, f.message]))
}
