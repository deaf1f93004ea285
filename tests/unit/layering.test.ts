import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

/** The layering messages ESLint gives `code` if it were the file at `path`. */
async function layeringErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('the layering rule in eslint.config.js', () => {
  it.each([
    ['src/shared/format/x.ts', "import { readFile } from 'node:fs'\nvoid readFile\n", /pure TypeScript/],
    ['src/shared/format/x.ts', "import { app } from 'electron'\nvoid app\n", /pure TypeScript/],
    ['src/shared/format/x.ts', "import React from 'react'\nvoid React\n", /UI libraries/],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron'\nvoid ipcRenderer\n", /window\.api/],
    ['src/renderer/src/x.ts', "import { join } from 'node:path'\nvoid join\n", /window\.api/],
    ['src/renderer/src/x.ts', "import { openStore } from '../../main/store'\nvoid openStore\n", /src\/renderer and src\/shared/],
    ['src/main/services/x.ts', "import { dialog } from 'electron'\nvoid dialog\n", /plain Node/],
    ['src/main/store/x.ts', "import { app } from 'electron'\nvoid app\n", /plain Node/],
    ['src/preload/x.ts', "import { readFileSync } from 'node:fs'\nvoid readFileSync\n", /forwards the contract/]
  ])('refuses %s importing across its layer', async (path, code, message) => {
    const errors = await layeringErrors(path, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
  })

  it.each([
    ['src/main/shell/x.ts', "import { app } from 'electron'\nvoid app\n"],
    ['src/main/services/x.ts', "import { readFile } from 'node:fs/promises'\nvoid readFile\n"],
    ['src/renderer/src/x.ts', "import { contract } from '../../shared/contract'\nvoid contract\n"],
    ['src/preload/x.ts', "import { contextBridge } from 'electron'\nvoid contextBridge\n"]
  ])('allows %s its own layer', async (path, code) => {
    expect(await layeringErrors(path, code)).toEqual([])
  })
})
