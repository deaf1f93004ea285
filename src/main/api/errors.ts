// The errors live beside every layer of main (src/main/errors.ts), so the store can raise them without importing api/.
export { AppError, notFound } from '../errors'
