import { renderAsync } from 'docx-preview'
import { altTextsByImage, applyAltTexts } from './DocumentPreview.alt'

const MISSING_ALT = 'Bild utan beskrivning i dokumentet'

/** base64 -> bytes without a data: URL fetch (the CSP's connect-src would refuse it). */
export function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Renders a .docx into `body` (pages) and `styles` (its <style> elements) as Word
 * would lay it out, then repairs what docx-preview leaves out for screen readers.
 * Under the app's CSP: pictures become data: URLs (img-src allows them), and fonts
 * are never loaded from the file (our documents never embed fonts; blob: fonts
 * would be refused by font-src).
 */
export async function renderDocx(bytes: Uint8Array, body: HTMLElement, styles: HTMLElement): Promise<void> {
  await renderAsync(bytes, body, styles, {
    className: 'docx',
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    ignoreFonts: true,
    renderHeaders: true,
    renderFooters: true,
    renderFootnotes: true,
    renderEndnotes: true,
    renderComments: false,
    renderChanges: false,
    useBase64URL: true,
    experimental: false
  })
  applyAltTexts(body, await altTextsByImage(bytes), MISSING_ALT)
}
