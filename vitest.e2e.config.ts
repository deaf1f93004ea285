import { defineConfig } from 'vitest/config'
import { nodeWorkerForTests } from './tests/support/node-worker-plugin'

// End-to-end stories drive the built renderer in Debian's Chromium; one at a time on 2 cores.
export default defineConfig({
  plugins: [nodeWorkerForTests()],
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
