/**
 * The size of the settings view's logo preview, apart from the decoders (logo-downscale.ts)
 * so that knowing it does not load pngjs and jpeg-js at start.
 */

/** Twice the preview frame (240 × 120 CSS px in the settings view), for a 200 % display. */
export const PREVIEW_BOX = { width: 480, height: 240 } as const

/** The size the preview gets: the image fitted into PREVIEW_BOX, never enlarged. */
export function previewSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, PREVIEW_BOX.width / width, PREVIEW_BOX.height / height)
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}
