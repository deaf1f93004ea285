import type { AgendaItem, Meeting, MeetingAttachment } from '../domain/meetings'
import type { BlockNode, InlineNode, RichText } from '../rich-text'

/**
 * Bilagor: numbered 1, 2, … and referred to from the notes as "Se bilaga N". A reference
 * is the words "bilaga N" in a text node (the editor inserts it as one, and the example
 * minutes of 2019 hold "Se powerpoint, bilaga 1"), which keeps the shared rich-text
 * vocabulary closed and prints as it reads in the Word file. Whenever the numbers change
 * (reordered, removed, numbered by first reference) every reference in the notes and the
 * decisions is rewritten in the same pass, old number to new, so none points at the
 * wrong file; a reference to a removed attachment reads "bilaga (borttagen)".
 */

type Parts = Pick<Meeting, 'agenda' | 'attachments'>
type Renumbering = ReadonlyMap<number, number | null>

const REFERENCE = /\b([Bb]ilaga) (\d{1,3})\b/g
export const REMOVED_REFERENCE = '(borttagen)'

/** The text the editor inserts for a reference. */
export const referenceText = (number: number): string => `Se bilaga ${number}`

/** "Bilaga 1: Brott och bränder, presentation": the Word file's list and the e-mail's. */
export const attachmentLine = (a: Pick<MeetingAttachment, 'number' | 'title'>): string => `Bilaga ${a.number}: ${a.title}`

const inNumberOrder = (attachments: readonly MeetingAttachment[]) => [...attachments].sort((a, b) => a.number - b.number)

/** Every text of the minutes in reading order: each item's notes, then its decisions. */
function texts(agenda: readonly AgendaItem[]): string[] {
  const out: string[] = []
  const walk = (nodes: readonly (BlockNode | InlineNode | { type: 'listItem'; content: BlockNode[] })[]) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push(node.text)
      else if ('content' in node && node.content) walk(node.content)
    }
  }
  for (const item of agenda) {
    walk(item.notes.content)
    out.push(...item.decisions.map((d) => d.text))
  }
  return out
}

/** The attachment numbers referred to, in order of first reference. */
export function referencedNumbers(agenda: readonly AgendaItem[]): number[] {
  const seen = new Set<number>()
  for (const text of texts(agenda)) for (const m of text.matchAll(REFERENCE)) seen.add(Number(m[2]))
  return [...seen]
}

function rewriteText(text: string, renumbering: Renumbering): string {
  return text.replace(REFERENCE, (whole, word: string, n: string) => {
    if (!renumbering.has(Number(n))) return whole
    const to = renumbering.get(Number(n))
    return `${word} ${to === null || to === undefined ? REMOVED_REFERENCE : to}`
  })
}

function rewriteNodes<N extends BlockNode | InlineNode>(nodes: readonly N[], renumbering: Renumbering): N[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, text: rewriteText(node.text, renumbering) }
    if (node.type === 'hardBreak') return node
    if (node.type === 'paragraph') return { ...node, ...(node.content ? { content: rewriteNodes(node.content, renumbering) } : {}) }
    return { ...node, content: node.content.map((li) => ({ ...li, content: rewriteNodes(li.content, renumbering) })) }
  })
}

/** Every reference rewritten at once (old → new), so 1→2 and 2→1 swap rather than collide. */
export function rewriteReferences(notes: RichText, renumbering: Renumbering): RichText {
  return { ...notes, content: rewriteNodes(notes.content, renumbering) }
}

/** Gives the attachments, in this order, the numbers 1, 2, … and rewrites the references to match. */
function renumberAs(parts: Parts, ordered: readonly MeetingAttachment[], removed: readonly MeetingAttachment[] = []): Parts {
  const renumbering = new Map<number, number | null>()
  ordered.forEach((a, i) => a.number !== i + 1 && renumbering.set(a.number, i + 1))
  for (const a of removed) renumbering.set(a.number, null)
  const attachments = ordered.map((a, i) => ({ ...a, number: i + 1 }))
  if (renumbering.size === 0) return { agenda: [...parts.agenda], attachments }
  const agenda = parts.agenda.map((item) => ({
    ...item,
    notes: rewriteReferences(item.notes, renumbering),
    decisions: item.decisions.map((d) => ({ ...d, text: rewriteText(d.text, renumbering) }))
  }))
  return { agenda, attachments }
}

/** A new attachment, numbered after the others. */
export function addAttachment<M extends Parts>(meeting: M, attachment: Omit<MeetingAttachment, 'number'>): M {
  const number = Math.max(0, ...meeting.attachments.map((a) => a.number)) + 1
  return { ...meeting, attachments: [...inNumberOrder(meeting.attachments), { ...attachment, number }] }
}

/** Moves one attachment to a place in the list (0-based); the numbers and references follow. */
export function moveAttachment<M extends Parts>(meeting: M, id: string, index: number): M {
  const list = inNumberOrder(meeting.attachments)
  const from = list.findIndex((a) => a.id === id)
  if (from < 0) return { ...meeting }
  const [moved] = list.splice(from, 1)
  list.splice(Math.min(Math.max(index, 0), list.length), 0, moved)
  return { ...meeting, ...renumberAs(meeting, list) }
}

/** Removes one attachment; those after it move up a number, references to it read "bilaga (borttagen)". */
export function removeAttachment<M extends Parts>(meeting: M, id: string): M {
  const list = inNumberOrder(meeting.attachments)
  const removed = list.filter((a) => a.id === id)
  return { ...meeting, ...renumberAs(meeting, list.filter((a) => a.id !== id), removed) }
}

/** Numbers in order of first reference in the minutes; attachments never referred to follow, in their order. */
export function numberByFirstReference<M extends Parts>(meeting: M): M {
  const list = inNumberOrder(meeting.attachments)
  const byNumber = new Map(list.map((a) => [a.number, a]))
  const referenced = referencedNumbers(meeting.agenda).flatMap((n) => byNumber.get(n) ?? [])
  const rest = list.filter((a) => !referenced.includes(a))
  return { ...meeting, ...renumberAs(meeting, [...referenced, ...rest]) }
}

/** References to numbers no attachment has (typed by hand, or left from a removed one). */
export function danglingReferences(meeting: Parts): number[] {
  const numbers = new Set(meeting.attachments.map((a) => a.number))
  return referencedNumbers(meeting.agenda).filter((n) => !numbers.has(n))
}
