import { ESLint } from 'eslint'
import { execFileSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

/** The layering messages ESLint gives `code` if it were the file at `path`. */
async function layeringErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('the layering rule in eslint.config.js denies by default', () => {
  it.each([
    ['src/shared/format/x.ts', "import { readFile } from 'node:fs'\nvoid readFile\n", /pure TypeScript/],
    ['src/shared/format/x.ts', "import { app } from 'electron'\nvoid app\n", /pure TypeScript/],
    ['src/shared/format/x.ts', "import React from 'react'\nvoid React\n", /pure TypeScript/],
    ['src/shared/format/x.ts', "import ExcelJS from 'exceljs'\nvoid ExcelJS\n", /pure TypeScript/],
    ['src/shared/format/x.ts', "import { Buffer } from 'buffer'\nvoid Buffer\n", /pure TypeScript/],
    ['src/shared/format/x.ts', "import { openStore } from '../../main/store'\nvoid openStore\n", /imports only src\/shared/],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron'\nvoid ipcRenderer\n", /window\.api/],
    ['src/renderer/src/x.ts', "import { join } from 'node:path'\nvoid join\n", /window\.api/],
    ['src/renderer/src/x.ts', "import ExcelJS from 'exceljs'\nvoid ExcelJS\n", /window\.api/],
    ['src/renderer/src/x.ts', "import { Low } from 'lowdb'\nvoid Low\n", /window\.api/],
    ['src/renderer/src/x.ts', "import { gzipSync } from 'zlib'\nvoid gzipSync\n", /window\.api/],
    ['src/renderer/src/x.ts', "import { openStore } from '../../main/store'\nvoid openStore\n", /src\/renderer and src\/shared/],
    ['src/renderer/src/views/x/V.tsx', "import { call } from '../../api/client'\nvoid call\n", /Only hooks/],
    ['src/main/services/x.ts', "import { dialog } from 'electron'\nvoid dialog\n", /plain Node/],
    ['src/main/services/contacts/x.ts', "import { createDialogs } from '../../shell/adapters'\nvoid createDialogs\n", /never import the shell/],
    ['src/main/store/x.ts', "import { app } from 'electron'\nvoid app\n", /plain Node/],
    ['src/main/store/x.ts', "import { AppError } from '../api/errors'\nvoid AppError\n", /never imports api/],
    ['src/main/store/x.ts', "import type { Logger } from '../services/context'\nexport type L = Logger\n", /never imports api/],
    ['src/preload/x.ts', "import { readFileSync } from 'node:fs'\nvoid readFileSync\n", /forwards the contract/],
    ['src/preload/x.ts', "import { contract } from '../shared/contract'\nvoid contract\n", /no zod/],
    ['src/preload/x.ts', "import { z } from 'zod'\nvoid z\n", /no zod/],
    ['src/main/mail/x.ts', "import { shell } from 'electron'\nvoid shell\n", /plain Node/],
    ['src/main/calendar/x.ts', "import { openStore } from '../store'\nvoid openStore\n", /built from data passed in/]
  ])('refuses %s: %s', async (path, code, message) => {
    const errors = await layeringErrors(path, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
  })

  it('refuses a view reaching window.api itself', async () => {
    const [result] = await eslint.lintText('void window.api\n', { filePath: resolve(root, 'src/renderer/src/views/x/V.tsx') })
    expect(result.messages.map((m) => m.ruleId)).toContain('no-restricted-properties')
  })

  it.each([
    ['src/main/shell/x.ts', "import { app } from 'electron'\nvoid app\n"],
    ['src/main/mail/x.ts', "import type MailComposer from 'nodemailer/lib/mail-composer'\nexport type M = MailComposer\n"],
    ['src/main/services/x.ts', "import { readFile } from 'node:fs/promises'\nvoid readFile\n"],
    ['src/main/store/x.ts', "import { Low } from 'lowdb'\nimport type { Logger } from '../logger'\nvoid Low\nexport type L = Logger\n"],
    ['src/renderer/src/x.ts', "import { contract } from '../../shared/contract'\nvoid contract\n"],
    ['src/renderer/src/hooks/x/useX.ts', "import { call } from '../../api/client'\nvoid call\n"],
    ['src/renderer/src/views/x/V.tsx', "import { errorMessage } from '../../api/client'\nvoid errorMessage\n"],
    ['src/shared/contract/x.ts', "import { z } from 'zod'\nimport { events } from './events'\nvoid z\nvoid events\n"],
    ['src/preload/x.ts', "import { contextBridge } from 'electron'\nimport { METHOD_NAMES } from '../shared/contract/names'\nvoid contextBridge\nvoid METHOD_NAMES\n"]
  ])('allows %s its own layer', async (path, code) => {
    expect(await layeringErrors(path, code)).toEqual([])
  })
})

/** Every folder of src, as git tracks it: a new folder must fall under some layer's rule. */
function sourceFolders(): string[] {
  const files = execFileSync('git', ['ls-files', 'src'], { cwd: root, encoding: 'utf8' }).split('\n')
  return [...new Set(files.filter((f) => /\.tsx?$/.test(f)).map((f) => dirname(f)))]
}

describe('no folder of src escapes the layering', () => {
  it('refuses a package no layer allows in every source folder', async () => {
    const unguarded: string[] = []
    for (const folder of sourceFolders()) {
      const errors = await layeringErrors(`${folder}/probe.ts`, "import leftPad from 'left-pad'\nvoid leftPad\n")
      if (errors.length === 0) unguarded.push(folder)
    }
    expect(unguarded).toEqual([])
  })
})
