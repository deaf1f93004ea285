import type { IParagraphStyleOptions, IStylesOptions } from 'docx'
import type { DocumentSettings } from '../../../shared/domain/settings'
import {
  FOOTER_SIZE_PT,
  HEADER_FONT,
  HEADER_SIZE_PT,
  LANGUAGE,
  bodyType,
  headingFont,
  ptToHalfPoints
} from './measures'

/** Paragraph style ids used by the bodies, besides Normal and the headings. */
export const STYLE = {
  label: 'Etikett',
  fact: 'Uppgift',
  signature: 'Underskrift',
  tableText: 'Tabelltext',
  /** Word's built-in "Beskrivning" (caption) style, so Word lists tables and figures by it. */
  caption: 'Caption',
  header: 'Header',
  footer: 'Footer'
} as const

const small = (id: string, name: string, sizePt: number): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  run: { font: HEADER_FONT, size: ptToHalfPoints(sizePt) },
  paragraph: { spacing: { before: 0, after: 0, line: 240 } }
})

const custom = (id: string, paragraph: IParagraphStyleOptions['paragraph']): IParagraphStyleOptions => ({
  id,
  name: id,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  paragraph
})

/** The document's own paragraph styles; each carries its spacing so no empty paragraph is needed. */
function paragraphStyles(): IParagraphStyleOptions[] {
  return [
    small(STYLE.header, 'header', HEADER_SIZE_PT),
    small(STYLE.footer, 'footer', FOOTER_SIZE_PT),
    // A bold label on its own line ("Kallade:"), kept with the table or list under it.
    custom(STYLE.label, { spacing: { before: 120, after: 60 }, keepNext: true }),
    // "Tid: …" lines; the space before also separates them from a table above.
    custom(STYLE.fact, { spacing: { before: 120, after: 120 } }),
    custom(STYLE.tableText, { spacing: { before: 40, after: 40 } }),
    // "Tabell 1. …" above a table, "Figur 1. …" under an image; kept with the table it names.
    { ...custom(STYLE.caption, { spacing: { before: 200, after: 80 }, keepNext: true }), name: 'caption', run: { bold: true } },
    // Room to sign above the line; the line itself is a tab leader (see blocks.signatureLine).
    custom(STYLE.signature, { spacing: { before: 600, after: 120 }, keepLines: true })
  ]
}

/**
 * Every measure lives in the styles (docs/formats.md §2: "no empty paragraphs for
 * spacing"), so bodies only choose a style. Headings in the heading font, bold,
 * black; the body font and size from the settings; Swedish as the language.
 */
export function documentStyles(settings: DocumentSettings): IStylesOptions {
  const body = bodyType(settings)
  const heading = (sizePt: number, beforePt: number, afterPt: number) => ({
    run: { font: headingFont(settings), size: ptToHalfPoints(sizePt), bold: true, color: '000000' },
    paragraph: { spacing: { before: beforePt * 20, after: afterPt * 20 }, keepNext: true, keepLines: true }
  })
  return {
    default: {
      document: {
        run: { font: body.font, size: ptToHalfPoints(body.sizePt), language: { value: LANGUAGE } },
        paragraph: { spacing: { after: 120, line: 264 } }
      },
      heading1: heading(16, 12, 12),
      heading2: heading(13, 18, 6),
      heading3: heading(12, 12, 4),
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      hyperlink: { run: { color: '0563C1', underline: {} } }
    },
    paragraphStyles: paragraphStyles()
  }
}
