import { z } from 'zod'
import { EMAIL_MAX_LENGTH, isValidEmail } from './email'
import { cleanText, hasVisibleText } from './text'

/**
 * Free text from the user: normalised (cleanText: invisible junk removed, trimmed) and
 * bounded so a pasted novel cannot break a document. The raw length is checked first
 * and stops the parse, so a megabyte string costs one comparison; the margin lets
 * surrounding spaces that are trimmed away pass. The same schemas decode stored data,
 * which is why normalising is a rewrite, never a refusal: a value the rules before
 * accepted must still load, or the whole register would be quarantined.
 */
const cleanedText = (max: number, multiline: boolean) =>
  z
    .string()
    .max(max * 2 + 100, { abort: true, message: `högst ${max} tecken` })
    .overwrite((s) => cleanText(s, multiline))
    .max(max, { abort: true, message: `högst ${max} tecken` })

/** Single-line text: a tab or line break becomes a space. */
export const textField = (max = 500) => cleanedText(max, false)
/** Text where line breaks and tabs belong (notes, descriptions). */
export const multilineText = (max = 5000) => cleanedText(max, true)

const NOT_FILLED_IN = 'får inte vara tomt'
type RequiredOptions = { message?: string; multiline?: boolean }

/**
 * Required text in an INPUT schema (what the coordinator types or imports): it must hold
 * something visible; spaces, controls or zero-width characters alone do not count.
 */
export const requiredText = (max = 500, options: RequiredOptions = {}) =>
  cleanedText(max, options.multiline ?? false).refine(hasVisibleText, options.message ?? NOT_FILLED_IN)

/** What a stored required field that held only invisible characters reads as. */
export const INVISIBLE_MARK = '(tomt)'

/**
 * Required text in a STORED record (domain schemas, which also decode the data file).
 * Before these rules, a name of only control characters passed; refusing it on load
 * would quarantine the register, so it reads as "(tomt)", which she can see and fix.
 * Empty or blank stays refused, as it always was. Input schemas use requiredText.
 */
export const storedRequiredText = (max = 500, options: RequiredOptions = {}) =>
  z
    .string()
    .max(max * 2 + 100, { abort: true, message: `högst ${max} tecken` })
    .overwrite((raw) => {
      const text = cleanText(raw, options.multiline ?? false)
      return !hasVisibleText(text) && raw.trim() !== '' ? INVISIBLE_MARK : text
    })
    .max(max, { abort: true, message: `högst ${max} tecken` })
    // Only blank text is empty now: a check, cheaper than a refine, as this runs for every record at start.
    .min(1, options.message ?? NOT_FILLED_IN)

const INVISIBLE_FORMAT = /\p{Cf}/gu
const HAS_INVISIBLE_FORMAT = /\p{Cf}/u
const withoutFormat = (s: string) => (HAS_INVISIBLE_FORMAT.test(s) ? s.replace(INVISIBLE_FORMAT, '') : s)
const EMAIL_TOO_LONG = `högst ${EMAIL_MAX_LENGTH} tecken`

/** An address normalised and bounded, not yet checked: zero-width and other format characters never belong in one. */
const cleanedEmail = () =>
  z
    .string()
    .max(EMAIL_MAX_LENGTH * 2, { abort: true, message: EMAIL_TOO_LONG })
    .overwrite((s) => withoutFormat(cleanText(s)))
    .max(EMAIL_MAX_LENGTH, { abort: true, message: EMAIL_TOO_LONG })

/** Empty (no address) or a valid one; see isValidEmail. Length first, so the check never runs on a huge string. */
export const emailField = (message = 'ogiltig e-postadress – skriv t.ex. namn@exempel.se') =>
  cleanedEmail().refine((s) => s === '' || isValidEmail(s), message)

/** The one e-mail schema of every address field: contacts, invitees, registrations, settings input. */
export const EmailSchema = emailField()

/**
 * Settings' stored addresses (and the sender snapshots of meetings) were checked by a
 * looser rule before this one ("a@b.c.d" passed); they are read normalised but not
 * re-checked, so an old address cannot stop the register loading. Every settings
 * update checks with EmailSchema (contract/settings.ts).
 */
export const StoredSettingsEmailSchema = cleanedEmail()
