// Kept for views/meetings until its move to the hooks layout lands (another piece of work); new code imports useDocumentMutations.
export { useSaveMinutes } from './useDocumentMutations'
