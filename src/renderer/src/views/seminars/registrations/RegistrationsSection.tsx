import { makeStyles, tokens } from '@fluentui/react-components'
import type { SeminarDetail } from '../../../../../shared/seminars/results'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useContactRegister } from '../../../hooks/contacts/useContacts'
import { OfferBar } from './OfferBar'
import { RegistrationForm } from './RegistrationForm'
import { RegistrationTable } from './RegistrationTable'
import { REGISTRATION_TEXTS as T } from './texts'
import { useRegistrationActions } from './useRegistrationActions'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL }
})

/** Anmälningar: the short form, then booked, the waiting list in its order, cancelled (and no-shows once held). */
export function RegistrationsSection({ detail }: { detail: SeminarDetail }) {
  const styles = useStyles()
  const register = useContactRegister()
  const readOnly = useReadOnly()
  const actions = useRegistrationActions(detail.seminar.id, detail.registrations)
  const by = (...statuses: string[]) => detail.registrations.filter((r) => statuses.includes(r.status))
  const closed = detail.seminar.status === 'held' || detail.seminar.status === 'cancelled'
  return (
    <div className={styles.section}>
      {closed ? null : <RegistrationForm seminarId={detail.seminar.id} register={register.data} disabled={readOnly} />}
      <OfferBar actions={actions} />
      <RegistrationTable id="booked" title={T.lists.booked} rows={by('booked', 'attended')} readOnly={readOnly || closed} actions={actions} />
      <RegistrationTable id="waiting" title={T.lists.waiting} rows={by('waitlisted')} numbered readOnly={readOnly || closed} actions={actions} />
      <RegistrationTable id="cancelled" title={T.lists.cancelled} rows={by('cancelled')} readOnly actions={actions} />
      {detail.seminar.status === 'held' ? <RegistrationTable id="noshow" title={T.lists.noShow} rows={by('noShow')} readOnly actions={actions} /> : null}
    </div>
  )
}
