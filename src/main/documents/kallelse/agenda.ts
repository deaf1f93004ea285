import { Paragraph, TextRun, type ParagraphChild } from 'docx'
import { label } from '../frame/blocks'
import { NUMBERING } from '../frame/numbering'
import { hasText, textRuns } from '../frame/runs'
import { followUpLine, type KallelseAgendaEntry, type KallelseFollowUp } from './content'
import { KALLELSE_TEXT as T } from './labels'

/** The lines under a title, each after a real line break inside the item's paragraph. */
function itemChildren(entry: KallelseAgendaEntry): ParagraphChild[] {
  const under = [entry.detail, entry.description, entry.papersLater ? T.papersLater : ''].filter(hasText)
  return [
    ...textRuns(hasText(entry.title) ? entry.title : '\u2013'),
    ...under.flatMap((line) => [new TextRun({ break: 1 }), ...textRuns(line, { italics: line === T.papersLater })])
  ]
}

/** Open assignments as a bulleted list nested one level under their item. */
function followUpParagraphs(followUps: readonly KallelseFollowUp[], level: number): Paragraph[] {
  return followUps.map(
    (f) => new Paragraph({ numbering: { reference: NUMBERING.bullet, level }, children: textRuns(followUpLine(f)) })
  )
}

/**
 * The agenda as one real Word numbered list (formats.md §2, §4): Word draws
 * "1." … itself, so a reordered agenda can never print stale numbers.
 */
export function agendaList(entries: readonly KallelseAgendaEntry[], instance: number): Paragraph[] {
  return entries.flatMap((entry) => [
    new Paragraph({ numbering: { reference: NUMBERING.ordered, level: 0, instance }, children: itemChildren(entry) }),
    ...followUpParagraphs(entry.followUps, 1)
  ])
}

/** Assignments that found no follow-up item: under their own label after the agenda. */
export function unplacedFollowUps(followUps: readonly KallelseFollowUp[]): Paragraph[] {
  if (followUps.length === 0) return []
  return [label(T.openAssignments), ...followUpParagraphs(followUps, 0)]
}
