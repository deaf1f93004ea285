import { Document, Packer, type Paragraph, type Table } from 'docx'
import type { DocumentSettings, Sender } from '../../../shared/domain/settings'
import { corePropertiesXml } from './core-properties'
import { firstPageFooter } from './footer'
import { firstPageHeader, laterPageHeader, type ReferenceBlock } from './header'
import type { LogoImage } from './logo'
import { A4, cmToTwip, textWidth } from './measures'
import { documentNumbering } from './numbering'
import { documentStyles } from './styles'

export interface FrameInput {
  documentSettings: DocumentSettings
  /** The sender as valid on the document's date (the meeting's snapshot). */
  sender: Sender
  reference: ReferenceBlock
  /** docProps title, e.g. "Minnesanteckningar lokala BRÅ 2019-02-22". */
  title: string
  creator: string
  logo: LogoImage | null
  created: Date
  /** What the document type supplies: everything between header and footer. */
  body: (Paragraph | Table)[]
}

/** The one frame every Word export is built in (docs/formats.md §1). */
export async function buildFramedDocument(input: FrameInput): Promise<Uint8Array> {
  const settings = input.documentSettings
  const width = textWidth(settings)
  const document = new Document({
    title: input.title,
    creator: input.creator,
    styles: documentStyles(settings),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height },
            margin: {
              top: cmToTwip(settings.marginTopCm),
              bottom: cmToTwip(settings.marginBottomCm),
              left: cmToTwip(settings.marginLeftCm),
              right: cmToTwip(settings.marginRightCm),
              header: cmToTwip(settings.headerFooterCm),
              footer: cmToTwip(settings.headerFooterCm)
            }
          }
        },
        headers: {
          first: firstPageHeader(input.sender, input.reference, input.logo, width),
          default: laterPageHeader(input.reference, width)
        },
        footers: { first: firstPageFooter(input.sender) },
        children: input.body
      }
    ]
  })
  const core = { path: 'docProps/core.xml', data: corePropertiesXml({ ...input, created: input.created }) }
  const buffer = await Packer.toBuffer(document, false, [core])
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
