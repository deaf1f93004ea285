/**
 * Swedish phone numbers: accepted in any common written form, stored grouped the way
 * Swedish documents print them ("08-508 22 030", "070-123 45 67").
 *
 * Area codes: 08 (Stockholm) is two digits; mobile (070, 072, 073, 076, 079), 010, 020
 * and the listed larger towns are three; every other area code is four (0771, 0303…).
 * Subscriber numbers are grouped from the right in pairs, with a leading group of
 * three when the count is odd; eight digits are grouped 3-2-3 as the City of
 * Stockholm prints its own numbers ("08-508 22 030").
 */

const THREE_DIGIT_AREAS = new Set([
  '010', '011', '013', '016', '018', '019', '020', '021', '023', '026', '031', '033', '035', '036',
  '040', '042', '044', '046', '054', '060', '063', '070', '072', '073', '076', '079', '090'
])

export type PhoneResult = { ok: true; value: string } | { ok: false; message: string }

export const PHONE_ERROR = 'ogiltigt telefonnummer – skriv t.ex. 08-508 22 030 eller 070-123 45 67'

/** Groups a subscriber number: 123 45, 12 34 56, 123 45 67, 123 45 678. */
function groupSubscriber(digits: string): string {
  if (digits.length === 8) return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`
  const head = digits.length % 2 === 1 ? 3 : 2
  const groups = [digits.slice(0, head)]
  for (let i = head; i < digits.length; i += 2) groups.push(digits.slice(i, i + 2))
  return groups.join(' ')
}

function areaLength(national: string): number {
  if (national.startsWith('08')) return 2
  return THREE_DIGIT_AREAS.has(national.slice(0, 3)) ? 3 : 4
}

/** Digits in national form (leading 0), or null when the text is not a Swedish number. */
function toNational(raw: string): string | null {
  let s = raw.replace(/\(0\)/g, '').replace(/[\s\-–./()]/g, '')
  if (s.startsWith('00')) s = `+${s.slice(2)}`
  if (s.startsWith('+46')) s = `0${s.slice(3)}`
  if (!/^\d+$/.test(s)) return null
  // Excel stores phone numbers as numbers and drops the leading zero.
  if (!s.startsWith('0') && s.length === 9 && /^[78]/.test(s)) s = `0${s}`
  return s.startsWith('0') && !s.startsWith('00') ? s : null
}

/**
 * Parses a phone number typed by a person or found in an imported file.
 * Empty input is valid (no number). Foreign numbers (+45…) are kept in
 * international form with single spaces.
 */
export function parsePhone(raw: string): PhoneResult {
  const text = raw.trim()
  if (text === '') return { ok: true, value: '' }
  const compact = text.replace(/[\s\-–./()]/g, '')
  if (/^(\+|00)(?!46)\d{6,15}$/.test(compact)) {
    return { ok: true, value: text.replace(/^00/, '+').replace(/\s+/g, ' ') }
  }
  const national = toNational(text)
  if (national === null) return { ok: false, message: PHONE_ERROR }
  const area = national.slice(0, areaLength(national))
  const subscriber = national.slice(area.length)
  const isMobile = /^07[02369]$/.test(area)
  if (isMobile ? subscriber.length !== 7 : subscriber.length < 5 || subscriber.length > 8) {
    return { ok: false, message: PHONE_ERROR }
  }
  return { ok: true, value: `${area}-${groupSubscriber(subscriber)}` }
}

/** The grouped form when the number parses, otherwise the text as given (for display). */
export function formatPhone(raw: string): string {
  const parsed = parsePhone(raw)
  return parsed.ok ? parsed.value : raw.trim()
}
