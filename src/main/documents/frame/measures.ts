import type { BodyFont, DocumentSettings } from '../../../shared/domain/settings'

/** Word measures: twentieths of a point (twips) for layout, half-points for type. */
export const cmToTwip = (cm: number): number => Math.round((cm * 1440) / 2.54)
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2)

/** A4 portrait in twips. */
export const A4 = { width: 11906, height: 16838 } as const

export const LANGUAGE = 'sv-SE'
export const HEADER_FONT = 'Arial'
export const HEADER_SIZE_PT = 9
export const FOOTER_SIZE_PT = 8

/** The light profile tint behind a table's black header text (docs/formats.md §1). */
export const TABLE_HEADER_TINT = 'E1F1EF'

export interface BodyType {
  font: string
  sizePt: number
}

const BODY_TYPES: Record<BodyFont, BodyType> = {
  timesNewRoman12: { font: 'Times New Roman', sizePt: 12 },
  arial11: { font: 'Arial', sizePt: 11 },
  verdana10: { font: 'Verdana', sizePt: 10 }
}

export const bodyType = (settings: DocumentSettings): BodyType => BODY_TYPES[settings.bodyFont]

/**
 * The city's own font is installed on city computers and never embedded, so Word
 * falls back to another face where it is missing; Arial Bold is the default.
 */
export const headingFont = (settings: DocumentSettings): string =>
  settings.useStockholmTypeForHeadings ? 'Stockholm Type Bold' : 'Arial'

/** The width between the margins, for right tab stops and table widths. */
export const textWidth = (settings: DocumentSettings): number =>
  A4.width - cmToTwip(settings.marginLeftCm) - cmToTwip(settings.marginRightCm)
