import { Button, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { AgendaItem } from '../../../../../shared/domain/meetings'
import { formatTimeRange } from '../../../../../shared/format'
import type { Slot } from '../../../../../shared/meetings/agenda'
import { parseTypedTime } from '../../../../../shared/meetings/time'
import { AGENDA_TEXTS as T } from './texts'
import { controlProps } from './useAgendaMoves'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  times: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  time: { width: '64px' },
  message: { color: tokens.colorStatusWarningForeground1, maxWidth: '220px' },
  error: { color: tokens.colorStatusDangerForeground1, maxWidth: '220px' }
})

const shown = (time: string | null) => (time ? time.replace(':', '.') : '')

interface Props {
  item: AgendaItem
  number: number
  suggestion: Slot
  warning: string | undefined
  readOnly: boolean
  onChange(item: AgendaItem): void
}

/**
 * An item's optional time slot, typed as the meeting's times are ("915"); an empty
 * slot offers the one that follows on from the item before.
 */
export function SlotFields({ item, number, suggestion, warning, readOnly, onChange }: Props) {
  const styles = useStyles()
  const [text, setText] = useState({ startTime: shown(item.startTime), endTime: shown(item.endTime) })
  const [error, setError] = useState<string | null>(null)
  const type = (key: 'startTime' | 'endTime', value: string) => {
    setText({ ...text, [key]: value })
    const parsed = value.trim() === '' ? { ok: true as const, value: null } : parseTypedTime(value)
    setError(parsed.ok ? null : parsed.error)
    if (parsed.ok) onChange({ ...item, [key]: parsed.value })
  }
  const suggest = () => {
    setText({ startTime: shown(suggestion.startTime), endTime: shown(suggestion.endTime) })
    onChange({ ...item, ...suggestion })
  }
  const empty = !item.startTime && !item.endTime && text.startTime === '' && text.endTime === ''
  return (
    <span className={styles.root}>
      <span className={styles.times}>
        <Input {...controlProps('start')} className={styles.time} aria-label={T.slotStart(number)} value={text.startTime} readOnly={readOnly} onChange={(_e, d) => type('startTime', d.value)} />
        <span aria-hidden="true">–</span>
        <Input {...controlProps('end')} className={styles.time} aria-label={T.slotEnd(number)} value={text.endTime} readOnly={readOnly} onChange={(_e, d) => type('endTime', d.value)} />
        {empty && !readOnly ? (
          <Button {...controlProps('suggest')} size="small" appearance="subtle" aria-label={T.suggest(number, formatTimeRange(suggestion.startTime, suggestion.endTime))} onClick={suggest}>
            {T.suggestShort}
          </Button>
        ) : null}
      </span>
      {error ? <Text size={200} className={styles.error}>{error}</Text> : warning ? <Text size={200} className={styles.message}>{warning}</Text> : null}
    </span>
  )
}
