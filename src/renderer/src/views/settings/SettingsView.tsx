import { makeStyles, tokens } from '@fluentui/react-components'
import { useEffect, useRef } from 'react'
import type { Settings } from '../../../../shared/domain/settings'
import { useCommand } from '../../commands/CommandsProvider'
import { QueryStatus } from '../../components/QueryStatus'
import { ViewPage } from '../../components/ViewPage'
import { useSettings } from '../../hooks/settings/useSettings'
import { useLeaveGuard } from '../../navigation/useLeaveGuard'
import type { ViewProps } from '../../navigation/views'
import { AgendaTemplateSection } from './AgendaTemplateSection'
import { DataSection } from './DataSection'
import { DocumentSection } from './DocumentSection'
import { PrivacySection } from './PrivacySection'
import { SaveBar } from './SaveBar'
import { TEXTS, TEXT_SECTIONS } from './texts'
import { TextSection } from './TextSection'
import { useSettingsForm } from './useSettingsForm'

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL }
})

/** Inställningar: sender, council, contact block, document look and data retention, saved as she types (Ctrl+S: now). */
export function SettingsView(_props: ViewProps) {
  const settings = useSettings()
  return (
    <ViewPage title={TEXTS.title} description={TEXTS.description}>
      <QueryStatus query={settings} what="inställningarna">
        {(stored) => <SettingsForm stored={stored} />}
      </QueryStatus>
      <DataSection />
    </ViewPage>
  )
}

function SettingsForm({ stored }: { stored: Settings }) {
  const styles = useStyles()
  const form = useSettingsForm(stored)
  const formRef = useRef<HTMLFormElement>(null)
  useLeaveGuard(form.unsavable)
  // Ctrl+S saves now, as in Word; through the registry, so it never acts behind an open dialog.
  useCommand('settings.save', () => void form.saveNow())
  // After Ctrl+S left a bad field, take her to the first one (autosave never moves her focus).
  useEffect(() => {
    if (form.rejections > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [form.rejections])
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={TEXTS.title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void form.saveNow()
      }}
    >
      {TEXT_SECTIONS.map((section) => (
        <TextSection key={section.id} section={section} draft={form.draft} errors={form.errors} onChange={form.setText} />
      ))}
      <DocumentSection draft={form.draft} errors={form.errors} onChange={form.setDocuments} onNumber={form.setText} />
      <PrivacySection draft={form.draft} errors={form.errors} onChange={form.setText} />
      <AgendaTemplateSection />
      <SaveBar state={form.state} readOnly={form.readOnly} />
    </form>
  )
}
