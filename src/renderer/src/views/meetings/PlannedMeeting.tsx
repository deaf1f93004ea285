import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { Meeting } from '../../../../shared/domain/meetings'
import { autosaveText } from '../../drafts/autosave'
import { useContactRegister } from '../../hooks/contacts/useContacts'
import { useFollowUps } from '../../hooks/meetings/useMeetings'
import { useSettings } from '../../hooks/settings/useSettings'
import { useLeaveGuard } from '../../navigation/useLeaveGuard'
import { ACTION_TEXTS } from './actions-texts'
import { AgendaEditor } from './agenda/AgendaEditor'
import { FollowUps } from './agenda/FollowUps'
import { MeetingFields } from './form/MeetingFields'
import { useMeetingEditor } from './form/useMeetingEditor'
import { InviteeSection } from './invitees/InviteeSection'
import { KallelseSection } from './kallelse/KallelseSection'
import { MinutesSection } from './MinutesSection'
import { SenderSection } from './sender/SenderSection'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, alignSelf: 'stretch' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalL },
  heading: { margin: 0 },
  saved: { color: tokens.colorNeutralForeground2 }
})

/** A planned meeting, edited in place and saved by itself: when and where, who, the agenda, the kallelse. */
export function PlannedMeeting({ meeting }: { meeting: Meeting }) {
  const styles = useStyles()
  const editor = useMeetingEditor(meeting)
  const register = useContactRegister()
  const followUps = useFollowUps(meeting.id)
  const settings = useSettings()
  // What does not read (an end before the start) is not saved: leaving asks first rather than dropping it.
  useLeaveGuard(editor.unsaved)
  const slot = editor.facts ?? meeting
  return (
    <div className={styles.content}>
      <section className={styles.section} aria-labelledby="when-heading">
        <div className={styles.header}>
          <Text as="h2" id="when-heading" size={500} weight="semibold" className={styles.heading}>{ACTION_TEXTS.whenAndWhere}</Text>
          <Text role="status" className={styles.saved} data-testid="autosave">{autosaveText(editor.saveState)}</Text>
        </div>
        <MeetingFields draft={editor.draft} errors={editor.errors} warnings={editor.warnings} readOnly={editor.readOnly} onChange={editor.setField} onPlace={editor.setPlace} />
      </section>
      {settings.data ? <SenderSection snapshot={editor.sender} settings={settings.data} readOnly={editor.readOnly} onChange={editor.setSender} onTakeSettings={() => settings.data && editor.takeSettings(settings.data)} /> : null}
      {register.data ? <InviteeSection invitees={editor.invitees} register={register.data} readOnly={editor.readOnly} onChange={editor.setInvitees} /> : null}
      <AgendaEditor agenda={editor.agenda} meeting={{ startTime: slot.startTime, endTime: slot.endTime }} readOnly={editor.readOnly} onChange={editor.setAgenda} presenters={editor.invitees.map((i) => i.name)}
        under={(_item, index) => (index === editor.agenda.findIndex((i) => i.kind === 'followUp') ? <FollowUps followUps={followUps.data ?? []} hidden={editor.hidden} readOnly={editor.readOnly} onHidden={editor.setHidden} /> : null)} />
      <KallelseSection meeting={meeting} flush={editor.flush} readOnly={editor.readOnly} />
      <MinutesSection meetingId={meeting.id} kind={meeting.minutes.kind} />
    </div>
  )
}
