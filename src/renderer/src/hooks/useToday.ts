// Kept for views/meetings until its move to hooks/meetings lands (another piece of work); new code imports hooks/app/useApp.
export { useToday } from './app/useApp'
