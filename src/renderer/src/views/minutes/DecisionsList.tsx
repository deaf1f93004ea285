import { Button, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components'
import { Delete20Regular } from '@fluentui/react-icons'
import type { ReactNode } from 'react'
import type { Decision } from '../../../../shared/domain/areas'
import { DECISION_TEXTS as T } from './texts'

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  decision: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  field: { flexGrow: 1 }
})

interface Props {
  number: number
  decisions: Decision[]
  readOnly: boolean
  onChange(decisions: Decision[]): void
  /** Under each decision: its areas and "Markera som insats" (areas/DecisionTools.tsx). */
  tools?(decision: Decision, index: number): ReactNode
}

/** Beslut under one item: one or more lines, each saved with the item (blank lines are not saved). */
export function DecisionsList({ number, decisions, readOnly, onChange, tools }: Props) {
  const styles = useStyles()
  const set = (index: number, text: string) => onChange(decisions.map((d, i) => (i === index ? { ...d, text } : d)))
  return (
    <div className={styles.block} data-testid="decisions">
      {decisions.length > 0 ? (
        <Text as="h4" weight="semibold" className={styles.heading}>
          {T.heading}
        </Text>
      ) : null}
      {decisions.map((d, i) => (
        <div key={d.id} className={styles.decision}>
          <div className={styles.row}>
            <Textarea
              className={styles.field}
              aria-label={T.label(number, i + 1)}
              value={d.text}
              readOnly={readOnly}
              resize="vertical"
              data-decision-index={i}
              onChange={(_e, data) => set(i, data.value)}
            />
            {readOnly ? null : (
              <Button aria-label={T.remove(i + 1)} icon={<Delete20Regular />} appearance="subtle" onClick={() => onChange(decisions.filter((_d, j) => j !== i))} />
            )}
          </div>
          {tools?.(d, i)}
        </div>
      ))}
    </div>
  )
}
