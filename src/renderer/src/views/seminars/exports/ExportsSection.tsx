import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { DocumentSearch24Regular, DocumentTable24Regular, Food24Regular, PeopleList24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { SeminarDetail } from '../../../../../shared/seminars/results'
import { SaveOutcome } from '../../../components/SaveOutcome'
import { usePreviewSeminarDocument, useSaveSeminarFile } from '../../../hooks/seminars/useSeminarFiles'
import { PreviewShown } from '../../meetings/PreviewShown'
import { KitchenSummary } from './KitchenSummary'
import { EXPORT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignSelf: 'stretch' },
  heading: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
})

type Export = 'participants' | 'registrations' | 'kitchen'

/** Deltagarlista, the registrations workbook and köket, each through the one save path. */
export function ExportsSection({ detail }: { detail: SeminarDetail }) {
  const styles = useStyles()
  const id = detail.seminar.id
  const saves = {
    participants: useSaveSeminarFile('seminars.saveParticipants', id),
    registrations: useSaveSeminarFile('seminars.exportRegistrations', id),
    kitchen: useSaveSeminarFile('seminars.saveKitchen', id)
  }
  const preview = usePreviewSeminarDocument('seminars.previewParticipants', id)
  const [latest, setLatest] = useState<Export | null>(null)
  const save = (what: Export) => (setLatest(what), saves[what].mutate())
  const busy = Object.values(saves).some((m) => m.isPending)
  return (
    <section className={styles.section} aria-labelledby="exports-heading">
      <Text as="h2" id="exports-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      <Text as="p" className={styles.heading}>{T.lead}</Text>
      <div className={styles.actions}>
        <Button icon={<PeopleList24Regular />} disabledFocusable={busy} onClick={() => save('participants')}>{T.participants}</Button>
        <Button icon={<DocumentTable24Regular />} disabledFocusable={busy} onClick={() => save('registrations')}>{T.registrations}</Button>
        <Button icon={<Food24Regular />} disabledFocusable={busy} onClick={() => save('kitchen')}>{T.kitchen}</Button>
        <Button icon={<DocumentSearch24Regular />} disabledFocusable={preview.isPending} onClick={() => preview.mutate()}>{T.preview}</Button>
      </div>
      <div role="status">{latest ? <SaveOutcome result={saves[latest].data} error={saves[latest].error} texts={T.outcome[latest]} /> : null}</div>
      <KitchenSummary seminarId={id} />
      <PreviewShown preview={preview} texts={T} />
    </section>
  )
}
