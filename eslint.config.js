// @ts-check
import tseslint from 'typescript-eslint'
import { layering } from './eslint.layering.js'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The aim: files under 200 lines and functions under 40, each one concern.
      'max-lines': ['warn', { max: 200, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 40, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    files: ['src/renderer/**/*.tsx'],
    // Components: JSX counts every line of markup; still the 40 aim for logic (.ts), where splitting is cheap.
    rules: { 'max-lines-per-function': ['warn', { max: 100, skipBlankLines: true, skipComments: true }] }
  },
  {
    // Over the 40-line aim when the limit came in, owned by another piece of work; split, then remove from here.
    files: ['src/main/store/decode.ts'],
    rules: { 'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }] }
  },
  {
    files: ['src/renderer/src/views/contacts/OrganisationDialog.tsx'],
    rules: { 'max-lines-per-function': ['warn', { max: 120, skipBlankLines: true, skipComments: true }] }
  },
  {
    files: ['tests/**/*', 'scripts/**/*', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines-per-function': 'off', 'max-lines': 'off' }
  },
  ...layering
)
