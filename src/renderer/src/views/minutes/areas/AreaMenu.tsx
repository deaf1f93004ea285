import { Menu, MenuItem, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, type MenuProps } from '@fluentui/react-components'
import { useState, type ReactElement } from 'react'
import type { PriorityArea } from '../../../../../shared/domain/areas'
import { AREA_TAG_TEXTS as T } from './texts'

interface Props {
  areas: readonly PriorityArea[]
  /** Read each time the menu opens: a paragraph's tags follow the cursor. */
  selected(): readonly string[]
  onChange(areaIds: string[]): void
  /** The button that opens it (a toolbar button, a small button beside a decision). */
  trigger: ReactElement
  /** After it closed (the paragraph menu gives focus back to the notes). */
  onClosed?(): void
}

/** The areas as checkboxes in a menu (arrow keys, Space), for a paragraph, a decision or an uppdrag. A closed area is offered only while chosen. */
export function AreaMenu({ areas, selected, onChange, trigger, onClosed }: Props) {
  const [chosen, setChosen] = useState<string[]>([])
  const [open, setOpen] = useState(false)
  const shown = areas.filter((a) => a.closedOn === null || chosen.includes(a.id))
  const onOpenChange: MenuProps['onOpenChange'] = (_e, d) => {
    if (d.open) setChosen([...selected()])
    setOpen(d.open)
    // Fluent gives focus back to the trigger as the menu closes; what she was writing in takes it after that.
    if (!d.open && onClosed) requestAnimationFrame(onClosed)
  }
  const onChecked: MenuProps['onCheckedValueChange'] = (_e, d) => {
    setChosen(d.checkedItems)
    onChange(d.checkedItems)
  }
  return (
    <Menu open={open} onOpenChange={onOpenChange} checkedValues={{ areas: chosen }} onCheckedValueChange={onChecked}>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {shown.length === 0 ? <MenuItem disabled>{T.noAreas}</MenuItem> : null}
          {shown.map((a) => (
            <MenuItemCheckbox key={a.id} name="areas" value={a.id}>{a.closedOn ? T.closedArea(a.name) : a.name}</MenuItemCheckbox>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  )
}
