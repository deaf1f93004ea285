import { Button, Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components'
import { ArrowExportLtr20Regular } from '@fluentui/react-icons'
import { errorMessage } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useExportContacts, type ExportRequest } from '../../hooks/contacts/useExportContacts'
import { TEXTS } from './texts'

interface Props {
  /** The contacts the list shows now (search and filters applied). */
  visibleIds: string[]
  total: number
}

/** Exportera: the whole register, or exactly the filtered view, as Excel or CSV. */
export function ExportMenu({ visibleIds, total }: Props) {
  const exporter = useExportContacts()
  const notify = useNotify()
  const run = (request: ExportRequest) =>
    exporter.mutate(request, {
      onSuccess: (file) => file && notify.success(TEXTS.exported(file.count, file.path)),
      onError: (error) => notify.error(TEXTS.failed, errorMessage(error))
    })
  const filtered = visibleIds.length < total
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ArrowExportLtr20Regular />} disabled={total === 0} disabledFocusable={exporter.isPending}>
          {TEXTS.export}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => run({ format: 'xlsx' })}>{TEXTS.exportAll.xlsx}</MenuItem>
          <MenuItem onClick={() => run({ format: 'csv' })}>{TEXTS.exportAll.csv}</MenuItem>
          <MenuDivider />
          <MenuItem disabled={!filtered || visibleIds.length === 0} onClick={() => run({ format: 'xlsx', ids: visibleIds })}>
            {TEXTS.exportView.xlsx}
          </MenuItem>
          <MenuItem disabled={!filtered || visibleIds.length === 0} onClick={() => run({ format: 'csv', ids: visibleIds })}>
            {TEXTS.exportView.csv}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  )
}
