import type { ApiErrorCode, ApiErrorShape, FieldIssue } from '../shared/contract/define'

/** An error meant for the user: its message is plain Swedish and free of personal data. */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: FieldIssue[]
  ) {
    super(message)
    this.name = 'AppError'
  }

  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) }
  }
}

export const notFound = (what: string): AppError => new AppError('notFound', `${what} finns inte längre.`)
