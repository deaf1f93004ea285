import type { Logger } from '../../../src/main/services/context'
import type { ElectronApi } from '../../../src/main/shell/types'
import { createElectronMock, type ElectronMock, type ElectronMockOptions } from '../../support/electron-mock.mjs'

export interface LogLine {
  level: 'info' | 'warn' | 'error'
  message: string
  meta?: Record<string, unknown>
}

/** A logger that keeps its lines for assertions. */
export function memoryLog(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = []
  const at =
    (level: LogLine['level']) =>
    (message: string, meta?: Record<string, unknown>): void => {
      lines.push({ level, message, ...(meta ? { meta } : {}) })
    }
  return { lines, info: at('info'), warn: at('warn'), error: at('error') }
}

/** A fresh electron mock, plus the same object typed as the real Electron API the shell expects. */
export function mockElectron(options: ElectronMockOptions = {}): { mock: ElectronMock; electron: ElectronApi } {
  const mock = createElectronMock(options)
  return { mock, electron: mock as unknown as ElectronApi }
}

export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
