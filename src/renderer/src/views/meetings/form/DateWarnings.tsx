import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import type { DateWarning } from '../../../../../shared/meetings/warnings'
import { FORM_TEXTS } from './texts'

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS }
})

/**
 * Warnings next to the date (a holiday by name, a day most people are off, a
 * weekend, another meeting at the same time). They never block saving. Always in the
 * page, so a screen reader hears a new one as she types the date.
 */
export function DateWarnings({ warnings }: { warnings: DateWarning[] }) {
  const styles = useStyles()
  return (
    <div role="status" aria-label={FORM_TEXTS.warningsLabel} className={styles.list} data-testid="date-warnings">
      {warnings.map((w) => (
        <MessageBar key={`${w.kind}-${w.subject}`} intent="warning">
          <MessageBarBody>{w.message}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  )
}
