import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components'
import type { ErasureCandidate } from '../../../../shared/contract/contacts'
import { TEXTS } from './texts'

const useStyles = makeStyles({
  root: { border: 'none', margin: `0 0 ${tokens.spacingVerticalM}`, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 }
})

interface Props {
  candidates: ErasureCandidate[]
  chosen: string[]
  onChange(chosen: string[]): void
}

/** Records typed in without a link that may be hers: found by e-mail (ticked) or by name (her call). */
export function EraseCandidates({ candidates, chosen, onChange }: Props) {
  const styles = useStyles()
  if (candidates.length === 0) return null
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id))
  return (
    <fieldset className={styles.root} data-testid="erase-candidates">
      <legend className={styles.legend}>{TEXTS.gdpr.candidates}</legend>
      <Text block>{TEXTS.gdpr.candidatesIntro}</Text>
      {candidates.map((c) => (
        <Checkbox
          key={c.id}
          checked={chosen.includes(c.id)}
          onChange={(_e, d) => toggle(c.id, d.checked === true)}
          label={`${c.description} – ${c.matchedBy === 'email' ? TEXTS.gdpr.byEmail : TEXTS.gdpr.byName}`}
        />
      ))}
    </fieldset>
  )
}
