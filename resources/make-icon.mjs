// Draws the app icon (resources/icon.png, 512×512) without any image library or
// download: a blue rounded square with three interlocking white rings, the
// partners of the local council working together. electron-builder derives the
// Windows .ico and macOS .icns from this PNG. Run: node resources/make-icon.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const SAMPLES = 4 // per axis, for anti-aliased edges
const BLUE = [0, 94, 165]
const WHITE = [255, 255, 255]

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes) => {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

const inRoundedSquare = (x, y) => {
  const margin = 24
  const radius = 96
  const lo = margin + radius
  const hi = SIZE - margin - radius
  const dx = Math.max(lo - x, 0, x - hi)
  const dy = Math.max(lo - y, 0, y - hi)
  return x >= margin && x <= SIZE - margin && y >= margin && y <= SIZE - margin && dx * dx + dy * dy <= radius * radius
}

const RINGS = [
  [196, 210],
  [316, 210],
  [256, 314]
]
const onRing = (x, y) =>
  RINGS.some(([cx, cy]) => {
    const d = Math.hypot(x - cx, y - cy)
    return d >= 78 && d <= 104
  })

/** Colour and coverage of one sample point. */
const sample = (x, y) => {
  if (!inRoundedSquare(x, y)) return null
  return onRing(x, y) ? WHITE : BLUE
}

const rows = []
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4)
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0]
    let hits = 0
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
        if (!colour) continue
        hits++
        for (let i = 0; i < 3; i++) sum[i] += colour[i]
      }
    }
    const at = 1 + px * 4
    for (let i = 0; i < 3; i++) row[at + i] = hits ? Math.round(sum[i] / hits) : 0
    row[at + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES))
  }
  rows.push(row)
}

const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header[8] = 8 // bit depth
header[9] = 6 // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0))
])
writeFileSync(new URL('./icon.png', import.meta.url), png)
console.log(`resources/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`)
