/**
 * Fluent's freeform Combobox makes the first option that begins with what was typed the
 * active one, and picks it on Tab. Where she may type someone or something new ("Sara",
 * "Polisen"), leaving the field must keep what she typed; only Enter, a click or the
 * arrow keys choose from the register. Use in onOptionSelect: `chosenOnPurpose(e) && …`.
 */
export function chosenOnPurpose(event: { type: string }): boolean {
  return !(event.type === 'keydown' && (event as { key?: unknown }).key === 'Tab')
}
