import { ImageRun, LineRuleType, Paragraph } from 'docx'
import { textRuns } from '../frame/runs'
import { STYLE } from '../frame/styles'

/** "Tabell 1. Möten och antal närvarande": the caption, in Word's caption style, kept with its table. */
export function caption(text: string, keepNext = true): Paragraph {
  return new Paragraph({ style: STYLE.caption, keepNext, children: textRuns(text) })
}

const twipToPx = (twip: number): number => Math.round((twip / 1440) * 96)

export interface ChartImage {
  png: Uint8Array
  /** Intrinsic size, for the aspect ratio. */
  width: number
  height: number
  /** The picture in words: what it shows and its numbers (formats.md §2: every image has alt text). */
  altText: string
  name: string
}

/** The chart as a picture paragraph, the text width wide, with its alt text. */
export function chartParagraph(chart: ChartImage, textWidthTwip: number): Paragraph {
  const width = twipToPx(textWidthTwip)
  const height = Math.round((width * chart.height) / chart.width)
  return new Paragraph({
    keepNext: true,
    // An explicit auto line rule: without it LibreOffice gives the picture one text line's height.
    spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width, height },
        altText: { name: chart.name, title: chart.name, description: chart.altText }
      })
    ]
  })
}

/** Numbers the captions in document order: "Tabell 1", "Tabell 2", "Figur 1". */
export class Captions {
  private tables = 0
  private figures = 0

  /** The number the next table will get, for text that points at it ("Samma siffror står i tabell 1"). */
  get nextTable(): number {
    return this.tables + 1
  }

  table(text: string, format: (n: number, t: string) => string): Paragraph {
    this.tables += 1
    return caption(format(this.tables, text))
  }

  figure(text: string, format: (n: number, t: string) => string): Paragraph {
    this.figures += 1
    return caption(format(this.figures, text), false)
  }
}
