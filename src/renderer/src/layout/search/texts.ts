export const SEARCH_TEXTS = {
  label: 'Sök i allt',
  placeholder: 'Sök i allt (Ctrl+K)',
  results: 'Sökresultat',
  searching: 'Söker…',
  none: (text: string) => `Inga träffar för ”${text.trim()}”.`,
  failed: 'Sökningen misslyckades.',
  more: (shown: number, total: number) => `${shown} av ${total}`,
  found: (n: number) => (n === 1 ? '1 träff' : `${n} träffar`),
  hint: '↑ ↓ väljer, Enter öppnar, Esc stänger'
}
