import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components'
import { CalendarCancel24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { Seminar } from '../../../../../shared/domain/seminars'
import { errorMessage } from '../../../api/client'
import { autosaveText } from '../../../drafts/autosave'
import { ReasonDialog } from '../../../components/ReasonDialog'
import { useCancelSeminar, useSetSeminarStatus } from '../../../hooks/seminars/useSeminarMutations'
import { useLeaveGuard } from '../../../navigation/useLeaveGuard'
import { ProgramEditor } from '../program/ProgramEditor'
import { STATUS_LABELS } from '../texts'
import { SeminarFields } from './SeminarFields'
import { SEMINAR_FORM_TEXTS as T } from './texts'
import { useSeminarEditor } from './useSeminarEditor'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, alignSelf: 'stretch' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalL },
  heading: { margin: 0 },
  saved: { color: tokens.colorNeutralForeground2 },
  status: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  select: { minWidth: '240px' }
})

const SETTABLE = ['planned', 'open', 'closed'] as const

/** The seminar's details and program, saved by themselves; held and cancelled seminars are shown, not edited. */
export function SeminarDetails({ seminar }: { seminar: Seminar }) {
  const styles = useStyles()
  const editor = useSeminarEditor(seminar)
  const locked = editor.readOnly || seminar.status === 'held' || seminar.status === 'cancelled'
  useLeaveGuard(!editor.valid)
  return (
    <div className={styles.content}>
      <section className={styles.section} aria-labelledby="seminar-details-heading">
        <div className={styles.header}>
          <Text as="h2" id="seminar-details-heading" size={500} weight="semibold" className={styles.heading}>{T.whenHeading}</Text>
          <Text role="status" className={styles.saved} data-testid="autosave">{autosaveText(editor.saveState)}</Text>
        </div>
        <StatusField seminar={seminar} readOnly={editor.readOnly} />
        <SeminarFields form={editor.form} errors={editor.errors} warnings={editor.warnings} readOnly={locked} onChange={editor.setField} />
      </section>
      <ProgramEditor rows={editor.program} start={editor.facts?.startTime ?? seminar.startTime} readOnly={locked} onChange={editor.setProgram} />
    </div>
  )
}

/** Planerat, Öppet för anmälan, Stängt; Inställt with a reason. Genomfört comes from the door's "Avsluta seminariet". */
function StatusField({ seminar, readOnly }: { seminar: Seminar; readOnly: boolean }) {
  const styles = useStyles()
  const set = useSetSeminarStatus(seminar.id)
  const cancel = useCancelSeminar(seminar.id)
  const [asking, setAsking] = useState(false)
  const settable = (SETTABLE as readonly string[]).includes(seminar.status)
  if (seminar.status === 'cancelled') return <MessageBar intent="warning"><MessageBarBody>{T.cancelled(seminar.cancelReason)}</MessageBarBody></MessageBar>
  return (
    <div className={styles.status}>
      <Field label={T.status} className={styles.select} validationMessage={set.error ? `${T.statusFailed}: ${errorMessage(set.error)}` : undefined}>
        <Select value={seminar.status} disabled={readOnly || !settable || set.isPending} onChange={(_e, d) => set.mutate(d.value as (typeof SETTABLE)[number])}>
          {(settable ? SETTABLE : [seminar.status]).map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </Select>
      </Field>
      {settable && !readOnly ? <Button icon={<CalendarCancel24Regular />} onClick={() => setAsking(true)}>{T.cancel}</Button> : null}
      {asking ? <ReasonDialog texts={T.cancelDialog} scope="cancelSeminar" mutation={cancel} onClose={() => setAsking(false)} /> : null}
    </div>
  )
}
