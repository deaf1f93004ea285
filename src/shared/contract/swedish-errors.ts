import { z } from 'zod'
import { formatDecimal } from '../format/numbers'
import { nameFew } from './bounded-text'

const number = (n: unknown): string => (typeof n === 'number' ? formatDecimal(n, { grouping: true }) : String(n))

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0]

function typeMessage(issue: Issue & { code: 'invalid_type' }): string {
  if (issue.input === undefined) return 'Uppgiften saknas.'
  if (issue.expected === 'number') return 'Ange ett tal.'
  if (issue.expected === 'int') return 'Ange ett heltal.'
  if (issue.expected === 'string') return 'Ange text.'
  return 'Fel sorts värde.'
}

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small'
  const limit = number(small ? issue.minimum : issue.maximum)
  if (issue.origin === 'string') {
    if (small && issue.minimum === 1) return 'Fältet får inte vara tomt.'
    return `${small ? 'Minst' : 'Högst'} ${limit} tecken.`
  }
  if (issue.origin === 'array' || issue.origin === 'set') return `${small ? 'Minst' : 'Högst'} ${limit} st.`
  return `Ange ett tal ${small ? 'från och med' : 'till och med'} ${limit}.`
}

/**
 * Plain Swedish for zod's built-in checks, so a field error that reaches the
 * coordinator is never English. Messages written on a schema still win; this only
 * replaces zod's defaults.
 */
export function swedishError(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue)
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue)
    case 'invalid_format':
      return issue.format === 'email' ? 'Ogiltig e-postadress.' : 'Ogiltigt format.'
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'Okänt fält' : 'Okända fält'}: ${nameFew(issue.keys)}.`
    case 'invalid_value':
    case 'invalid_union':
      return 'Ogiltigt värde.'
    default:
      return undefined
  }
}

/** Installs the Swedish messages for every schema in this process. */
export function installSwedishErrors(): void {
  z.config({ customError: swedishError })
}
