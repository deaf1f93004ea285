/**
 * The agenda items main gave a new id on save: it keeps the ids it knows and names
 * new items itself, in the order sent. Old id → stored id, for those that differ.
 */
export function renamedItems(sent: readonly { id?: string }[], stored: readonly { id: string }[]): Map<string, string> {
  const renamed = new Map<string, string>()
  if (sent.length !== stored.length) return renamed
  sent.forEach((item, i) => {
    if (item.id && item.id !== stored[i].id) renamed.set(item.id, stored[i].id)
  })
  return renamed
}
