// The e-mail rule lives with the domain primitives, so every address field shares it.
export { emailKey, isValidEmail } from '../domain/email'
