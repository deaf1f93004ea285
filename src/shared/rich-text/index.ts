export * from './build'
export * from './plain-text'
export * from './schema'
export * from './types'
