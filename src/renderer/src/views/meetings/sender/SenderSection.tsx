import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ArrowSync20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { SenderSnapshot } from '../../../../../shared/domain/meetings'
import type { Settings } from '../../../../../shared/domain/settings'
import { differsFromSettings, SENDER_FIELDS, SENDER_TEXTS as T, senderErrors, senderValue, withSenderValue } from './sender-fields'

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(160px, 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  live: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' }
})

interface Props {
  /** The meeting's own; null for a meeting from before snapshots, which follows Inställningar. */
  snapshot: SenderSnapshot | null
  settings: Settings
  readOnly: boolean
  onChange(next: SenderSnapshot): void
  /** "Hämta från inställningar": the snapshot and the council's name taken again. */
  onTakeSettings(): void
}

/** What the kallelse says about who sends it, for this meeting: folded away, as it seldom changes. */
export function SenderSection({ snapshot, settings, readOnly, onChange, onTakeSettings }: Props) {
  const styles = useStyles()
  const [said, setSaid] = useState('')
  const shown = snapshot ?? { sender: settings.sender, placeName: settings.placeName, coordinator: settings.coordinator }
  const errors = senderErrors(shown)
  const take = () => (onTakeSettings(), setSaid(T.taken))
  return (
    <Accordion collapsible data-testid="sender-section">
      <AccordionItem value="sender">
        <AccordionHeader as="h2" size="large">{T.heading}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text as="p">{snapshot ? T.lead : T.legacy}</Text>
          <div className={styles.row}>
            <Text data-testid="sender-state">{differsFromSettings(shown, settings) ? T.differs : T.same}</Text>
            {readOnly ? null : <Button size="small" icon={<ArrowSync20Regular />} onClick={take}>{T.fromSettings}</Button>}
          </div>
          <div className={styles.grid}>
            {SENDER_FIELDS.map((f) => (
              <Field key={f.path} label={f.label} validationMessage={errors[f.path]}>
                <Input type={f.type ?? 'text'} value={senderValue(shown, f.path)} readOnly={readOnly} onChange={(_e, d) => onChange(withSenderValue(shown, f.path, d.value))} />
              </Field>
            ))}
          </div>
          <div role="status" className={styles.live}>{said}</div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  )
}
