/** Vite's `?raw` import: a file's text (the tests read their HTML fixtures this way). */
declare module '*?raw' {
  const text: string
  export default text
}
