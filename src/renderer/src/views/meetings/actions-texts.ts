export const ACTION_TEXTS = {
  newFrom: 'Nytt möte från detta',
  cancel: 'Ställ in mötet…',
  remove: 'Ta bort…',
  cancelTitle: 'Ställ in mötet',
  cancelLead: 'Mötet finns kvar i listan som inställt. Har kallelsen skickats kan du sedan skicka inställt till de kallade.',
  reason: 'Anledning',
  reasonPlaceholder: 't.ex. För få kan komma',
  reasonRequired: 'Skriv varför mötet ställs in',
  confirmCancel: 'Ställ in mötet',
  keep: 'Behåll mötet',
  deleteTitle: 'Ta bort mötet?',
  deleteLead: (when: string) => `Mötet ${when} tas bort helt, med kallade och dagordning. Det går inte att ångra.`,
  confirmDelete: 'Ta bort mötet',
  deleted: 'Mötet är borttaget',
  cancelledNotice: (reason: string) => (reason ? `Mötet är inställt: ${reason}` : 'Mötet är inställt.'),
  failed: 'Det gick inte',
  whenAndWhere: 'Tid och plats'
}
