import type { z } from 'zod'
import { truncate } from '../../shared/contract/bounded-text'
import { formatDecimal } from '../../shared/format/numbers'
import type { FieldIssue } from '../../shared/contract/define'
import { AppError } from '../errors'

// The errors live beside every layer of main (src/main/errors.ts), so the store can raise them without importing api/.
export { AppError, notFound } from '../errors'

/** At most this many fields are listed; the renderer marks the first few, which is what helps. */
export const MAX_FIELD_ISSUES = 20
const MAX_IN_MESSAGE = 3
const MAX_PATH = 120
const MAX_ISSUE_MESSAGE = 200

/** Field issues with dotted paths, capped in number and size (paths and messages echo the input). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, MAX_FIELD_ISSUES).map((issue) => ({
    path: truncate(issue.path.map((part) => truncate(String(part))).join('.'), MAX_PATH) || '(indata)',
    message: truncate(issue.message, MAX_ISSUE_MESSAGE)
  }))
}

/** The envelope for input that failed its schema: the first few fields by name, the rest counted. */
export function invalidInput(error: z.ZodError): AppError {
  const fields = toFieldIssues(error)
  const listed = fields.slice(0, MAX_IN_MESSAGE).map((f) => `${f.path}: ${f.message}`)
  const rest = error.issues.length - listed.length
  if (rest > 0) listed.push(`och ${formatDecimal(rest, { grouping: true })} fel till`)
  return new AppError('invalidInput', `Ogiltiga uppgifter (${listed.join('; ')}).`, fields)
}
