/** Rich text in the shared vocabulary, for the minutes tests. */
export const text = (value: string) => ({ type: 'text' as const, text: value })
export const paragraph = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph' as const, content })
