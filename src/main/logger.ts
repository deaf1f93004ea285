/** Logging that never receives personal data: messages are fixed strings plus ids and codes. */
export interface Logger {
  info(message: string, meta?: Record<string, string | number | boolean | null>): void
  warn(message: string, meta?: Record<string, string | number | boolean | null>): void
  error(message: string, meta?: Record<string, string | number | boolean | null>): void
}
