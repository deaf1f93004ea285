import { Button, Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components'
import { ArrowExportLtr20Regular } from '@fluentui/react-icons'
import type { ExportRequest, useExportContacts } from '../../hooks/contacts/useContactFiles'
import { TEXTS } from './texts'

interface Props {
  /** The view owns the export, so its outcome (SaveOutcome) can show below the header. */
  exporter: ReturnType<typeof useExportContacts>
  /** The contacts the list shows now (search and filters applied). */
  visibleIds: string[]
  total: number
}

/** Exportera: the whole register, or exactly the filtered view, as Excel or CSV. */
export function ExportMenu({ exporter, visibleIds, total }: Props) {
  const run = (request: ExportRequest) => exporter.mutate(request)
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
