import { escapeXml } from '../../../shared/format/text'
import { LANGUAGE } from './measures'

export interface CoreProperties {
  title: string
  creator: string
  created: Date
}

/**
 * docProps/core.xml written by us rather than by the docx library, which has no
 * dc:language (docs/formats.md §2 wants sv-SE there too). Replaces the library's part.
 */
export function corePropertiesXml({ title, creator, created }: CoreProperties): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title>`,
    `<dc:creator>${escapeXml(creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy>`,
    `<dc:language>${LANGUAGE}</dc:language>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>'
  ].join('')
}
