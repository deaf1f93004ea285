/**
 * `npm run render -- <file.docx> [<out-folder>]`: LibreOffice turns the document
 * into a PDF and pdftoppm into one PNG per page, so anyone can look at an export
 * without Word. Prints the PNG paths.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Converts a .docx to PDF with a private LibreOffice profile, so parallel runs do not clash. */
export async function docxToPdf(docx: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'samverkan-lo-'))
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
      { timeout: 180_000 }
    )
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
  return join(outDir, `${basename(docx, extname(docx))}.pdf`)
}

/** Renders every page of a PDF to PNG at 80 dpi; returns the files in page order. */
export async function pdfToPngs(pdf: string, outDir: string): Promise<string[]> {
  const prefix = basename(pdf, extname(pdf))
  await run('pdftoppm', ['-png', '-r', '80', pdf, join(outDir, prefix)], { timeout: 120_000 })
  const files = (await readdir(outDir)).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
  return files.sort().map((f) => join(outDir, f))
}

async function main(): Promise<void> {
  const [input, out] = process.argv.slice(2)
  if (!input) {
    console.error('Användning: npm run render -- <fil.docx> [<utmapp>]')
    process.exit(2)
  }
  const outDir = resolve(out ?? 'test-output/render')
  await mkdir(outDir, { recursive: true })
  const pdf = await docxToPdf(resolve(input), outDir)
  for (const png of await pdfToPngs(pdf, outDir)) console.log(png)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
