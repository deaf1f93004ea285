import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components'
import type { ContactRow } from '../../../../shared/contacts/search'
import { errorMessage } from '../../api/client'
import { useContactExtract } from '../../hooks/contacts/useContactExtract'
import { TEXTS } from './texts'

export interface Notice {
  intent: 'success' | 'error'
  text: string
}

interface Props {
  contact: ContactRow
  onErase(): void
  /**
   * Shown inside the dialog, not as a toast: a toaster first created while a modal is
   * open stays aria-hidden after it closes (Fluent marks portals outside the modal).
   */
  onNotice(notice: Notice): void
}

/** Per person: the register extract (xlsx or JSON) and erasure of their personal data. */
export function GdprActions({ contact, onErase, onNotice }: Props) {
  const extract = useContactExtract()
  const save = (format: 'xlsx' | 'json') =>
    extract.mutate(
      { id: contact.id, format },
      {
        onSuccess: (file) => file && onNotice({ intent: 'success', text: TEXTS.gdpr.extracted(file.path) }),
        onError: (error) => onNotice({ intent: 'error', text: errorMessage(error) })
      }
    )
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
