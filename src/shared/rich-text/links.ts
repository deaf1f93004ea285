import { cleanText } from '../domain/text'

/*
 * The one rule for a link in rich text: the web (http, https) or an e-mail address
 * (mailto). Anything else (javascript:, file:, a UNC path, data:) could run or open
 * something on her laptop from a Word file or the preview, so it is never a link.
 */

const SAFE_HREF = /^(?:https?:\/\/[^\s/]|mailto:[^\s])/i

export const HREF_MAX_LENGTH = 2000

/** The address as stored: the shared text rule applied (junk removed, trimmed). */
export const cleanHref = (href: string): string => cleanText(href)

/** True for an http(s) address with a host, or a mailto: with something after it. */
export function isSafeHref(href: string): boolean {
  return href.length <= HREF_MAX_LENGTH && SAFE_HREF.test(href)
}

export const UNSAFE_HREF_MESSAGE = 'länken måste börja med http://, https:// eller mailto:'
