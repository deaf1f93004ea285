export * from './dates'
export * from './holidays'
export * from './text'
export * from './numbers'
