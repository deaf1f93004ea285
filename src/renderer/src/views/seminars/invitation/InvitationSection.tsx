import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { CalendarAdd24Regular, Copy24Regular, DocumentSearch24Regular, Mail24Regular, Save24Regular } from '@fluentui/react-icons'
import type { Seminar } from '../../../../../shared/domain/seminars'
import { usePreviewSeminarDocument } from '../../../hooks/seminars/useSeminarFiles'
import { MissingAddressDialog } from '../../meetings/kallelse/MissingAddressDialog'
import { PreviewShown } from '../../meetings/PreviewShown'
import { formatStamp } from '../stamp'
import { InvitationOutcome } from './InvitationOutcome'
import { INVITATION_TEXTS as T } from './texts'
import { useInvitationActions } from './useInvitationActions'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignSelf: 'stretch' },
  heading: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
})

/** The inbjudan: drawn in the app, saved as Word, sent as an e-mail draft in Bcc, addresses copied. */
export function InvitationSection({ seminar }: { seminar: Seminar }) {
  const styles = useStyles()
  const actions = useInvitationActions(seminar.id)
  const preview = usePreviewSeminarDocument('seminars.previewInvitation', seminar.id)
  return (
    <section className={styles.section} aria-labelledby="invitation-heading">
      <Text as="h2" id="invitation-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      <Text as="p" className={styles.heading}>{T.lead}</Text>
      {seminar.invitationSentAt ? <Text as="p" className={styles.heading}>{T.sentAt(formatStamp(seminar.invitationSentAt))}</Text> : null}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Mail24Regular />} disabledFocusable={actions.busy} onClick={actions.send}>{T.send}</Button>
        <Button icon={<Save24Regular />} disabledFocusable={actions.busy} onClick={actions.saveWord}>{T.saveWord}</Button>
        <Button icon={<CalendarAdd24Regular />} disabledFocusable={actions.busy} onClick={actions.saveIcs}>{T.saveIcs}</Button>
        <Button icon={<Copy24Regular />} disabledFocusable={actions.busy} onClick={actions.copyEmails}>{T.copyEmails}</Button>
        <Button icon={<DocumentSearch24Regular />} disabledFocusable={preview.isPending} onClick={() => preview.mutate()}>{preview.data ? T.previewAgain : T.preview}</Button>
      </div>
      <div role="status"><InvitationOutcome actions={actions} /></div>
      <PreviewShown preview={preview} texts={T} />
      {actions.missing ? <MissingAddressDialog title={T.missingTitle(actions.missing.length)} names={actions.missing} body={T.missingBody} onProceed={actions.proceed} onCancel={actions.cancelAsking} /> : null}
    </section>
  )
}
