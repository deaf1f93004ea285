import type { Database } from '../domain/database'
import type { BlockNode, ParagraphNode, RichText } from '../rich-text'
import { plainText } from '../rich-text/plain-text'

/** Every paragraph of a document, also inside lists, in reading order. */
export function paragraphsOf(doc: RichText): ParagraphNode[] {
  const out: ParagraphNode[] = []
  const walk = (blocks: readonly BlockNode[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') out.push(block)
      else for (const li of block.content) walk(li.content)
    }
  }
  walk(doc.content)
  return out
}

/** The plain text of one paragraph. */
export const paragraphText = (p: ParagraphNode): string => plainText({ type: 'doc', content: [p] })

/** Every area id a document's paragraphs are tagged with. */
export const paragraphAreaIds = (doc: RichText): string[] => paragraphsOf(doc).flatMap((p) => p.attrs?.areaIds ?? [])

/**
 * How many places refer to the area: item, paragraph and decision tags, assignments,
 * insatser and the underlag's open questions. An area referred to is kept (closed, not removed).
 */
export function areaReferences(db: Readonly<Database>, areaId: string): number {
  const items = db.meetings.flatMap((m) => m.agenda)
  const count = (ids: readonly string[]) => (ids.includes(areaId) ? 1 : 0)
  const inItems = items.reduce((n, i) => n + count(i.areaIds) + count(paragraphAreaIds(i.notes)) + i.decisions.filter((d) => d.areaIds.includes(areaId)).length, 0)
  const elsewhere = [...db.assignments, ...db.decidedActions].filter((r) => r.areaIds.includes(areaId)).length
  const questions = db.yearReports.flatMap((r) => r.openQuestions).filter((q) => q.areaId === areaId).length
  return inItems + elsewhere + questions
}
