import { defineConfig } from 'vitest/config'
import { nodeWorkerForTests } from './tests/support/node-worker-plugin'

export default defineConfig({
  plugins: [nodeWorkerForTests()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
