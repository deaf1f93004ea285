// @ts-check
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'events', 'util', 'worker_threads']
const nodePatterns = ['node:*', ...nodeBuiltins.flatMap((m) => [m, `${m}/*`])]

/**
 * The layering, checked by lint rather than review:
 * - src/shared is pure TypeScript: no electron, no Node built-ins, no React or DOM libraries;
 * - src/renderer never reaches electron, Node or main-process code;
 * - src/main's services never import electron; only src/main/shell and src/main/index.ts may;
 * - src/preload imports only electron and the shared contract.
 */
const layering = [
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...nodePatterns], message: 'src/shared must stay pure TypeScript.' },
            { group: ['react', 'react-dom', 'react/*', '@fluentui/*'], message: 'src/shared must not depend on UI libraries.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only src/shared.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', ...nodePatterns], message: 'The renderer talks to main only through window.api.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only src/renderer and src/shared.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Services run in plain Node: pass Electron capabilities in from src/main/shell.' },
            { group: ['**/renderer/**', '**/preload/**'], message: 'Main code does not import renderer or preload code.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**', '**/renderer/**', ...nodePatterns], message: 'The preload forwards the contract and nothing else.' }] }
      ]
    }
  }
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 250, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    files: ['src/renderer/**/*.tsx'],
    rules: { 'max-lines-per-function': ['warn', { max: 120, skipBlankLines: true, skipComments: true }] }
  },
  {
    files: ['tests/**/*', 'scripts/**/*', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines-per-function': 'off', 'max-lines': 'off' }
  },
  ...layering
)
