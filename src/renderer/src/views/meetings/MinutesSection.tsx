import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { DocumentSearch24Regular, Save24Regular } from '@fluentui/react-icons'
import type { Minutes } from '../../../../shared/domain/meetings'
import { SaveOutcome } from '../../components/SaveOutcome'
import { useMinutesPreview } from '../../hooks/documents/useDocuments'
import { useSaveMinutes } from '../../hooks/documents/useDocumentMutations'
import { PreviewShown } from './PreviewShown'
import { MINUTES_TEXTS } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignSelf: 'stretch' },
  heading: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
})

interface Props {
  meetingId: string
  kind: Minutes['kind']
}

/**
 * The meeting's minutes as the Word file she will send: preview it here, then save it
 * through the OS dialog and open it in Word. Named "Protokoll" for a formal protokoll.
 */
export function MinutesSection({ meetingId, kind }: Props) {
  const styles = useStyles()
  const preview = useMinutesPreview(meetingId)
  const save = useSaveMinutes(meetingId)
  const shown = preview.data
  return (
    <section className={styles.section} aria-labelledby="minutes-heading">
      <Text as="h2" id="minutes-heading" size={500} weight="semibold" className={styles.heading}>
        {MINUTES_TEXTS.heading(kind)}
      </Text>
      <Text as="p" className={styles.heading}>
        {MINUTES_TEXTS.lead}
      </Text>
      <div className={styles.actions}>
        <Button
          appearance={shown ? 'secondary' : 'primary'}
          icon={<DocumentSearch24Regular />}
          disabledFocusable={preview.isPending}
          onClick={() => preview.mutate()}
        >
          {shown ? MINUTES_TEXTS.previewAgain : MINUTES_TEXTS.preview}
        </Button>
        <Button
          appearance={shown ? 'primary' : 'secondary'}
          icon={<Save24Regular />}
          disabledFocusable={save.isPending}
          onClick={() => save.mutate()}
        >
          {save.isPending ? MINUTES_TEXTS.saving : MINUTES_TEXTS.save}
        </Button>
      </div>
      {/* Always present, so screen readers announce where the file went (or why not). */}
      <div role="status">
        <SaveOutcome result={save.data} error={save.error} texts={MINUTES_TEXTS.outcome} />
      </div>
      <PreviewShown preview={preview} texts={MINUTES_TEXTS} />
    </section>
  )
}

