/** Text as she reads it: the non-breaking space between day and month reads as a space. */
export const plain = (text: string | undefined): string => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim()
