import JSZip from 'jszip'
import { unescapeXml } from '../../../shared/format/text'

/**
 * docx-preview drops the pictures' descriptions (wp:docPr descr), so its <img>s have no
 * alt text even when the document has it. This reads the descriptions from the package
 * and keys them by the picture's bytes as base64: docx-preview (with useBase64URL) puts
 * exactly those bytes in the img's data: URL, which finds the right text whatever order
 * headers, body and footers are rendered in.
 */
export async function altTextsByImage(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const byImage = new Map<string, string>()
  for (const name of Object.keys(zip.files).filter((n) => /^word\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string')
    const drawings = xml.match(/<w:drawing>[\s\S]*?<\/w:drawing>/g) ?? []
    if (drawings.length === 0) continue
    const targets = await relationshipTargets(zip, name)
    for (const drawing of drawings) {
      const descr = /<wp:docPr\b[^>]*\bdescr="([^"]*)"/.exec(drawing)?.[1]
      const embed = /<a:blip\b[^>]*\br:embed="([^"]+)"/.exec(drawing)?.[1]
      const target = embed ? targets.get(embed) : undefined
      const media = target ? zip.file(target) : null
      if (descr && media) byImage.set(await media.async('base64'), unescapeXml(descr))
    }
  }
  return byImage
}

/** Relationship id -> package path, from word/_rels/<part>.rels (targets are relative to word/). */
async function relationshipTargets(zip: JSZip, partName: string): Promise<Map<string, string>> {
  const rels = zip.file(partName.replace(/^word\//, 'word/_rels/') + '.rels')
  const targets = new Map<string, string>()
  if (!rels) return targets
  for (const rel of (await rels.async('string')).match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1]
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1]
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`)
  }
  return targets
}


/** Gives every rendered picture its document's description; one without any is named as such. */
export function applyAltTexts(container: HTMLElement, byImage: Map<string, string>, missing: string): void {
  for (const img of container.querySelectorAll('img')) {
    if (img.hasAttribute('alt')) continue
    const payload = img.getAttribute('src')?.split(',')[1] ?? ''
    img.setAttribute('alt', byImage.get(payload) ?? missing)
  }
}
