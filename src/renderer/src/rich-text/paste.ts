import { isSafeHref } from '../../../shared/rich-text/links'
import { wordListsToLists } from './word-lists'

/**
 * Pasted HTML made fit for the minutes editor (TipTap's `transformPastedHTML`): what the
 * shared rich-text vocabulary can hold is kept — paragraphs, line breaks, bullet and
 * numbered lists (Word's list paragraphs made real lists first, word-lists.ts), bold,
 * italic, underline and http(s)/mailto links — and everything else is unwrapped to its
 * text: fonts, colours, sizes, classes, styles, spans, Word's <o:p>, tables. Comments,
 * Word's conditional blocks, <style>, <script> and images are dropped. The result still
 * goes through TipTap's schema and the shared zod schema on save; this only makes sure
 * lists and emphasis survive that and nothing else does.
 */

const KEPT = new Set(['P', 'BR', 'UL', 'OL', 'LI', 'STRONG', 'B', 'EM', 'I', 'U', 'A'])
const DROPPED = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'IMG', 'SVG', 'OBJECT', 'IFRAME', 'TEMPLATE', 'HEAD', 'V:SHAPE', 'V:IMAGEDATA', 'O:SMARTTAGTYPE'])
/** Blocks the vocabulary has no node for: their text becomes a paragraph. */
const AS_PARAGRAPH = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DT', 'DD', 'BLOCKQUOTE', 'PRE'])

export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document
}

export function normalisePastedHtml(html: string, parser: HtmlParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html')
  const body = doc.body
  removeComments(body)
  for (const element of [...body.querySelectorAll('*')]) if (DROPPED.has(element.tagName)) element.remove()
  wordListsToLists(body)
  cleanChildren(body)
  return body.innerHTML
}

function removeComments(root: Element): void {
  const doc = root.ownerDocument
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */)
  const comments: Node[] = []
  while (walker.nextNode()) comments.push(walker.currentNode)
  for (const comment of comments) comment.parentNode?.removeChild(comment)
}

function cleanChildren(parent: Element): void {
  for (const child of [...parent.children]) clean(child)
}

/** Depth first: children are cleaned before their element is kept, renamed or unwrapped. */
function clean(element: Element): void {
  cleanChildren(element)
  const tag = element.tagName
  if (tag === 'A') return keepLink(element)
  // Word's blank lines (<p><o:p>&nbsp;</o:p></p>): spacing lives in the document's styles.
  if (tag === 'P' && isBlank(element) && element.parentElement?.tagName !== 'LI') return element.remove()
  if (KEPT.has(tag)) return keepOnly(element, tag === 'OL' ? ['start'] : [])
  if (AS_PARAGRAPH.has(tag)) return rename(element, 'p')
  if (tag === 'DIV' && !element.querySelector('p, ul, ol, li, div')) return rename(element, 'p')
  element.replaceWith(...element.childNodes)
}

const isBlank = (element: Element): boolean => element.children.length === 0 && (element.textContent ?? '').trim() === ''

function keepOnly(element: Element, attributes: string[]): void {
  for (const name of element.getAttributeNames()) if (!attributes.includes(name)) element.removeAttribute(name)
}

function keepLink(element: Element): void {
  const href = (element.getAttribute('href') ?? '').trim()
  if (!isSafeHref(href)) return element.replaceWith(...element.childNodes)
  keepOnly(element, ['href'])
}

function rename(element: Element, tag: string): void {
  const replacement = element.ownerDocument.createElement(tag)
  replacement.append(...element.childNodes)
  element.replaceWith(replacement)
}
