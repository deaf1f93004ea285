import { Header, ImageRun, PageNumber, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx'
import type { Sender } from '../../../shared/domain/settings'
import { logoSize, type LogoImage } from './logo'
import { hasText, textRuns } from './runs'
import { STYLE } from './styles'

export interface ReferenceBlock {
  /** Sentence case: "Minnesanteckningar", "Protokoll", "Kallelse". */
  documentType: string
  isoDate: string
  caseNumber: string
}

/** "Sida 1 (3)" from real PAGE and NUMPAGES fields, which Word updates itself. */
function pageOfPages(): ParagraphChild[] {
  return [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })]
}

function line(width: number, left: ParagraphChild[], right: ParagraphChild[]): Paragraph {
  const tab = right.length > 0 ? [new TextRun({ children: [new Tab()] })] : []
  return new Paragraph({
    style: STYLE.header,
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: [...left, ...tab, ...right]
  })
}

function logoParagraph(logo: LogoImage): Paragraph {
  return new Paragraph({
    style: STYLE.header,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: logo.type,
        data: logo.data,
        transformation: logoSize(logo),
        altText: { name: 'Logotyp', description: 'Stockholms stad', title: 'Stockholms stad' }
      })
    ]
  })
}

/**
 * First page: the logo, then the sender (förvaltning, avdelning) on the left and
 * the reference block (type, date, Dnr, page) on the right, joined line by line
 * with a right tab stop: no layout table.
 */
export function firstPageHeader(sender: Sender, ref: ReferenceBlock, logo: LogoImage | null, width: number): Header {
  const left = [sender.administration, sender.department].filter(hasText).map((t) => textRuns(t))
  const right: ParagraphChild[][] = [
    textRuns(ref.documentType, { bold: true }),
    textRuns(ref.isoDate),
    ...(hasText(ref.caseNumber) ? [textRuns(`Dnr ${ref.caseNumber}`)] : []),
    pageOfPages()
  ]
  const count = Math.max(left.length, right.length)
  const lines = Array.from({ length: count }, (_, i) => line(width, left[i] ?? [], right[i] ?? []))
  return new Header({ children: [...(logo ? [logoParagraph(logo)] : []), ...lines] })
}

/** Later pages: document type and date on the left, "Sida N (M)" on the right. */
export function laterPageHeader(ref: ReferenceBlock, width: number): Header {
  const left = [...textRuns(ref.documentType, { bold: true }), ...textRuns(`  ${ref.isoDate}`)]
  return new Header({ children: [line(width, left, pageOfPages())] })
}
