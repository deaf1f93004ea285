import { mkdir, open, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describeImage, type LogoImage } from '../../documents/frame/logo'
import { AppError } from '../../api/errors'
import { isLogoCopyName } from '../../../shared/domain/settings'
import { formatDecimal } from '../../../shared/format/numbers'

/**
 * The logo is copied into the data folder, so it survives her moving or deleting the
 * original and travels with a copy of the data folder. Only PNG and JPEG are taken: the
 * two formats Word and the preview both show; SVG could carry script, GIF and BMP are
 * not what a city logo is delivered as. Checked by the file's own bytes, not its name.
 */

export const LOGO_FOLDER = 'logotyp'
export const LOGO_MAX_BYTES = 2 * 1024 * 1024
/** A print logo at 300 dpi across a page is about 2,500 px; 5,000 is generous. */
export const LOGO_MAX_SIDE = 5000

export const LOGO_TEXTS = {
  folder: 'Det valda är en mapp. Välj en bildfil (PNG eller JPEG).',
  unreadable: 'Bildfilen gick inte att läsa. Kontrollera att den finns och försök igen.',
  empty: 'Bildfilen är tom. Välj en annan fil.',
  tooLarge: (bytes: number) =>
    `Bilden är för stor (${formatDecimal(bytes / 1024 / 1024, { maxDecimals: 1 })} MB). Välj en logotyp på högst 2 MB.`,
  notImage: 'Filen är ingen PNG- eller JPEG-bild, även om namnet kan se ut så. Välj en PNG- eller JPEG-fil.',
  tooManyPixels: (image: LogoImage) =>
    `Bilden är för stor (${image.width} × ${image.height} bildpunkter). Välj en logotyp på högst ${LOGO_MAX_SIDE} × ${LOGO_MAX_SIDE} bildpunkter.`,
  notSaved: 'Logotypen kunde inte sparas i Samverkans datamapp. Försök igen.'
} as const

const refuse = (message: string) => new AppError('invalidInput', message)

/** The chosen file's bytes after every check, or an AppError in plain Swedish. */
export async function readChosenLogo(path: string): Promise<{ bytes: Uint8Array; image: LogoImage }> {
  const info = await stat(path).catch(() => null)
  if (info === null) throw refuse(LOGO_TEXTS.unreadable)
  if (info.isDirectory()) throw refuse(LOGO_TEXTS.folder)
  if (info.size > LOGO_MAX_BYTES) throw refuse(LOGO_TEXTS.tooLarge(info.size))
  if (info.size === 0) throw refuse(LOGO_TEXTS.empty)
  const bytes = await readFile(path).catch(() => null)
  if (bytes === null) throw refuse(LOGO_TEXTS.unreadable)
  // The size may have changed between stat and read (a file still being written).
  if (bytes.length > LOGO_MAX_BYTES) throw refuse(LOGO_TEXTS.tooLarge(bytes.length))
  const image = describeImage(bytes)
  if (image === null || (image.type !== 'png' && image.type !== 'jpg')) throw refuse(LOGO_TEXTS.notImage)
  if (image.width > LOGO_MAX_SIDE || image.height > LOGO_MAX_SIDE) throw refuse(LOGO_TEXTS.tooManyPixels(image))
  return { bytes, image }
}

/** Writes a new copy (never over an old one: a backup may still name it) and returns its file name. */
export async function saveLogoCopy(dataDir: string, id: string, logo: { bytes: Uint8Array; image: LogoImage }): Promise<string> {
  const name = `logotyp-${id}.${logo.image.type}`
  const folder = join(dataDir, LOGO_FOLDER)
  try {
    await mkdir(folder, { recursive: true })
    const handle = await open(join(folder, name), 'wx')
    try {
      await handle.writeFile(logo.bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    throw new AppError('storage', LOGO_TEXTS.notSaved)
  }
  return name
}

/** The path of a copy by its stored name; null for a name that is not one of ours (never a path out of the folder). */
export function logoCopyPath(dataDir: string, name: string | null): string | null {
  return isLogoCopyName(name) ? join(dataDir, LOGO_FOLDER, name) : null
}

/** The copy's bytes; throws when missing or over the cap (then documents and preview go without). */
export async function readLogoCopy(dataDir: string, name: string): Promise<Uint8Array> {
  const path = logoCopyPath(dataDir, name)
  if (path === null) throw new Error('not a logo copy')
  const info = await stat(path)
  if (!info.isFile() || info.size > LOGO_MAX_BYTES) throw new Error('logo copy unusable')
  return readFile(path)
}
