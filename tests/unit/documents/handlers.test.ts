import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { exampleDatabase, EXAMPLE_IDS } from '../../../src/main/example'
import type { FileFilter, ServiceContext } from '../../../src/main/services/context'
import { documentsHandlers as handlers } from '../../../src/main/services/documents/handlers'
import { documentsContract } from '../../../src/shared/contract/documents'
import { accessibilityProblems, documentText, malformedParts, unzipDocx } from '../../support/docx'
import { memoryStore, testContext } from '../../support/context'

interface SaveCall {
  title: string
  defaultName: string
  filters: FileFilter[]
}

let folder: string
let saveCalls: SaveCall[]

function context(answer: (defaultName: string) => string | null): ServiceContext {
  return testContext({
    store: memoryStore(exampleDatabase()),
    dialogs: {
      openFile: async () => null,
      saveFile: async (options) => {
        saveCalls.push(options)
        return answer(options.defaultName)
      }
    },
    desktop: {
      openPath: async () => undefined,
      openExternal: async () => undefined,
      showItemInFolder: () => undefined,
      writeClipboardText: () => undefined
    }
  })
}

const meetingId = EXAMPLE_IDS.heldMeeting

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'samverkan-docs-'))
  saveCalls = []
})

describe('documents handlers', () => {
  it('previewMinutes returns the example minutes as a valid docx in base64', async () => {
    const ctx = context(() => null)
    const result = documentsContract['documents.previewMinutes'].output.parse(
      await handlers['documents.previewMinutes']({ id: meetingId }, ctx)
    )
    expect(result.fileName).toBe('minnesanteckningar-lokala-bra-2019-02-22.docx')
    const parts = await unzipDocx(Buffer.from(result.base64, 'base64'))
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    // The assignment of item 6 is resolved to its owner from the register.
    expect(documentText(parts)).toContain('Clas Cederlid')
    expect(documentText(parts)).toMatch(/Uppdrag\nAnsvarig\nKlart senast\nUndersöka om eftermiddagsmöten/)
  })

  it('saveMinutes writes the file where the save dialog says, with a Swedish title and the default name', async () => {
    const ctx = context((name) => join(folder, name))
    const result = documentsContract['documents.saveMinutes'].output.parse(await handlers['documents.saveMinutes']({ id: meetingId }, ctx))
    const path = join(folder, 'minnesanteckningar-lokala-bra-2019-02-22.docx')
    expect(result).toEqual({ status: 'saved', path })
    expect(saveCalls).toEqual([
      { title: 'Spara som Word', defaultName: 'minnesanteckningar-lokala-bra-2019-02-22.docx', filters: [{ name: 'Word-dokument', extensions: ['docx'] }] }
    ])
    const parts = await unzipDocx(await readFile(path))
    expect(malformedParts(parts)).toEqual([])
    expect(documentText(parts)).toContain('Sammanträdets öppnande')
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const ctx = context(() => null)
    expect(await handlers['documents.saveMinutes']({ id: meetingId }, ctx)).toEqual({ status: 'cancelled' })
    expect(await readdir(folder)).toEqual([])
  })

  it('reports an unwritable place in Swedish', async () => {
    const ctx = context(() => join(folder, 'finns-inte', 'x.docx'))
    await expect(handlers['documents.saveMinutes']({ id: meetingId }, ctx)).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('mappen finns inte längre')
    })
  })

  it('answers notFound for a meeting that does not exist', async () => {
    const ctx = context(() => join(folder, 'x.docx'))
    await expect(handlers['documents.previewMinutes']({ id: 'no-such-meeting' }, ctx)).rejects.toMatchObject({ code: 'notFound' })
    await expect(handlers['documents.saveMinutes']({ id: 'no-such-meeting' }, ctx)).rejects.toMatchObject({ code: 'notFound' })
    expect(saveCalls).toEqual([])
  })

  it('the contract refuses malformed input', () => {
    expect(documentsContract['documents.previewMinutes'].input.safeParse({}).success).toBe(false)
    expect(documentsContract['documents.saveMinutes'].input.safeParse({ id: meetingId, extra: 1 }).success).toBe(false)
  })
})
