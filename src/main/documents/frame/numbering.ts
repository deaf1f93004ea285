import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx'

/** Numbering references: paragraphs point at these; Word draws the bullets and digits. */
export const NUMBERING = {
  bullet: 'punktlista',
  ordered: 'numrerad-lista',
  agenda: 'dagordning'
} as const

const LEVELS = 6
const BULLETS = ['\u2022', '\u2013', '\u25aa']
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN]

const indent = (level: number) => ({ indent: { left: 567 * (level + 1), hanging: 357 } })

function bulletLevels(): ILevelsOptions[] {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLETS[level % BULLETS.length],
    alignment: AlignmentType.LEFT,
    style: { paragraph: indent(level), run: { font: 'Arial' } }
  }))
}

function orderedLevels(): ILevelsOptions[] {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: ORDERED_FORMATS[level % ORDERED_FORMATS.length],
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: indent(level) }
  }))
}

/** Agenda item headings: "1." hangs in the margin area of the heading itself. */
function agendaLevels(): ILevelsOptions[] {
  return [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text: '%1.',
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 567, hanging: 567 } } }
    }
  ]
}

/** The numbering definitions every document carries. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      { reference: NUMBERING.bullet, levels: bulletLevels() },
      { reference: NUMBERING.ordered, levels: orderedLevels() },
      { reference: NUMBERING.agenda, levels: agendaLevels() }
    ]
  }
}
