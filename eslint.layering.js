// @ts-check
/**
 * The layering, checked by lint and denying by default: each layer lists the packages it
 * may import (ALLOWED), and any other bare import is refused. Relative imports are then
 * held to the layer's own folders by the patterns below it.
 * - src/shared is pure TypeScript (zod only);
 * - src/renderer never reaches electron, Node or main-process code; only hooks/** call the client;
 * - src/main's services never import electron or the shell; only src/main/shell and src/main/index.ts may;
 * - the store never imports api/ or services;
 * - src/preload imports only electron and the contract's plain name lists.
 */

const NODE = 'node:'
/** A regex matching every bare import except the listed packages (and their subpaths) and relative paths. */
const exceptAllowed = (allowed) => {
  const names = allowed.map((p) => (p === NODE ? 'node:' : `${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:$|/)`))
  return `^(?!\\.|${names.join('|')})`
}

const ALLOWED = {
  shared: ['zod'],
  renderer: ['react', 'react-dom', '@fluentui/react-components', '@fluentui/react-icons', '@fluentui/react-datepicker-compat', '@tanstack/react-query', '@tanstack/react-virtual', 'docx-preview', 'jszip', 'zod', '@tiptap/core', '@tiptap/react', '@tiptap/starter-kit', '@tiptap/pm', 'vitest'],
  services: [NODE, 'zod', 'exceljs', 'papaparse', 'ical.js', 'docx', 'iconv-lite', 'yauzl', 'yazl', 'pngjs', 'jpeg-js', 'minisearch'],
  store: [NODE, 'zod', 'lowdb', 'immer'],
  // resvg (WebAssembly) rasterises the yearly report's chart; no native module, no browser.
  documents: [NODE, 'docx', 'zod', '@resvg/resvg-wasm'],
  /** The .eml and .ics builders: a maintained MIME builder and calendar library, nothing else. */
  mailAndCalendar: [NODE, 'zod', 'nodemailer', 'ical.js'],
  plainMain: [NODE, 'zod'],
  shell: [NODE, 'electron', 'electron-updater', 'zod'],
  preload: ['electron']
}

const rule = (allowed, message, patterns = []) => ({
  'no-restricted-imports': ['error', { patterns: [{ regex: exceptAllowed(allowed), message }, ...patterns] }]
})

export const layering = [
  {
    files: ['src/shared/**/*.ts'],
    rules: rule(ALLOWED.shared, 'src/shared stays pure TypeScript: it may import only zod.', [
      { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only src/shared.' }
    ])
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      ...rule(ALLOWED.renderer, 'The renderer talks to main only through window.api; this package is not on its list.', [
        { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only src/renderer and src/shared.' },
        { group: ['**/api/client'], importNames: ['call'], message: 'Only hooks/** call the client; use or add a hook.' }
      ]),
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Only src/api and hooks/** reach window.api.' }]
    }
  },
  {
    // Renderer tests run in Node: happy-dom gives them the DOM the window would have.
    files: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: rule([...ALLOWED.renderer, 'happy-dom'], 'A renderer test may also use happy-dom for its DOM; nothing else.', [
      { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only src/renderer and src/shared.' }
    ])
  },
  {
    files: ['src/renderer/src/hooks/**', 'src/renderer/src/api/**'],
    rules: {
      ...rule(ALLOWED.renderer, 'The renderer talks to main only through window.api; this package is not on its list.', [
        { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only src/renderer and src/shared.' }
      ]),
      'no-restricted-properties': 'off'
    }
  },
  {
    files: ['src/main/services/**/*.ts', 'src/main/api/**/*.ts', 'src/main/example/**/*.ts'],
    rules: rule(ALLOWED.services, 'Services run in plain Node: pass Electron capabilities in from src/main/shell.', [
      { group: ['**/shell/**', '**/shell'], message: 'Services never import the shell; it passes them what they need.' },
      { group: ['**/renderer/**', '**/preload/**'], message: 'Main code does not import renderer or preload code.' }
    ])
  },
  {
    files: ['src/main/documents/**/*.ts'],
    rules: rule(ALLOWED.documents, 'The documents engine is plain Node: docx and zod only.', [
      { group: ['**/shell/**', '**/shell', '**/services/**', '**/services', '**/store/**', '**/store', '**/renderer/**', '**/preload/**'], message: 'Documents are built from data passed in.' }
    ])
  },
  {
    files: ['src/main/mail/**/*.ts', 'src/main/calendar/**/*.ts'],
    rules: rule(ALLOWED.mailAndCalendar, 'The mail and calendar builders are plain Node: nodemailer, ical.js and zod only.', [
      { group: ['**/shell/**', '**/shell', '**/services/**', '**/services', '**/store/**', '**/store', '**/renderer/**', '**/preload/**'], message: 'Mail and calendar files are built from data passed in.' }
    ])
  },
  {
    files: ['src/main/store/**/*.ts'],
    rules: rule(ALLOWED.store, 'The store runs in plain Node: pass Electron capabilities in from src/main/shell.', [
      { group: ['**/api/**', '**/api', '**/services/**', '**/services', '**/shell/**', '**/renderer/**', '**/preload/**'], message: 'The store never imports api/, services or the shell.' }
    ])
  },
  {
    files: ['src/main/*.ts'],
    ignores: ['src/main/index.ts'],
    rules: rule(ALLOWED.plainMain, 'Shared main-process code is plain Node.', [
      { group: ['**/shell/**', '**/renderer/**', '**/preload/**'], message: 'Main code does not import renderer or preload code.' }
    ])
  },
  {
    files: ['src/main/shell/**/*.ts', 'src/main/index.ts'],
    rules: rule(ALLOWED.shell, 'The shell uses Electron, Node and the services; this package is not on its list.', [
      { group: ['**/renderer/**', '**/preload/**'], message: 'Main code does not import renderer or preload code.' }
    ])
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|\\.\\./shared/contract/names$)', message: 'The preload forwards the contract by name: electron and shared/contract/names only (no zod).' }] }
      ]
    }
  }
]
