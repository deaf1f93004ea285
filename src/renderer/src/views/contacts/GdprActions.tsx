import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components'
import type { ContactRow } from '../../../../shared/contacts/search'
import type { useContactExtract } from '../../hooks/contacts/useContactFiles'
import { TEXTS } from './texts'

interface Props {
  contact: ContactRow
  /**
   * Owned by the dialog, which shows the outcome inside itself, not as a toast: a toaster
   * first created while a modal is open stays aria-hidden after it closes.
   */
  extract: ReturnType<typeof useContactExtract>
  onErase(): void
}

/** Per person: the register extract (xlsx or JSON) and erasure of their personal data. */
export function GdprActions({ contact, extract, onErase }: Props) {
  const save = (format: 'xlsx' | 'json') => extract.mutate({ id: contact.id, format })
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button disabledFocusable={extract.isPending}>{TEXTS.gdpr.extract}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => save('xlsx')}>{TEXTS.gdpr.extractXlsx}</MenuItem>
            <MenuItem onClick={() => save('json')}>{TEXTS.gdpr.extractJson}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>{' '}
      <Button appearance="subtle" onClick={onErase}>
        {TEXTS.gdpr.erase}
      </Button>
    </>
  )
}
