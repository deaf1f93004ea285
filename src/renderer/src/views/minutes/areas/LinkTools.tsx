import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { Tag20Regular } from '@fluentui/react-icons'
import type { ActionRow } from '../../../../../shared/contract/areas'
import type { PriorityArea } from '../../../../../shared/domain/areas'
import { AreaMenu } from './AreaMenu'
import { InsatsControl } from './InsatsControl'
import { AREA_TAG_TEXTS as T } from './texts'

const useStyles = makeStyles({ tools: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' } })

interface Props {
  /** The decision's or uppdrag's text, to name the controls. */
  what: string
  areas: readonly PriorityArea[]
  areaIds: readonly string[]
  /** The insats made from it, if any. */
  insats: ActionRow | undefined
  readOnly: boolean
  mark: { pending: boolean; error: unknown; run(): void }
  onAreas(areaIds: string[]): void
}

/** Under a decision or an uppdrag: "Områden (n)" to link it to areas, and "Markera som insats" or that it is one. */
export function LinkTools({ what, areas, areaIds, insats, readOnly, mark, onAreas }: Props) {
  const styles = useStyles()
  const names = areaIds.map((id) => areas.find((a) => a.id === id)?.name).filter(Boolean).join(', ')
  return (
    <div className={styles.tools} data-testid="link-tools">
      {readOnly ? (names ? <span>{names}</span> : null) : (
        <AreaMenu
          areas={areas}
          selected={() => areaIds}
          onChange={onAreas}
          trigger={<Button size="small" appearance="subtle" icon={<Tag20Regular />} aria-label={`${T.areasOf(what)}${names ? `: ${names}` : ''}`}>{names || T.areasButton(0)}</Button>}
        />
      )}
      <InsatsControl action={insats?.action} what={what} readOnly={readOnly} pending={mark.pending} error={mark.error} onMark={mark.run} />
    </div>
  )
}
