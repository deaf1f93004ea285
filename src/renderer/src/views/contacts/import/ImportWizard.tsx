import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens
} from '@fluentui/react-components'
import { useEffect, useRef } from 'react'
import type { ImportPreview, Register } from '../../../../../shared/contract/contacts'
import { errorMessage } from '../../../api/client'
import { DecisionsStep } from './DecisionsStep'
import { MappingStep } from './MappingStep'
import { SummaryStep } from './SummaryStep'
import { IMPORT_TEXTS } from './texts'
import { importPlan } from './plan'
import { useImportWizard } from './useImportWizard'

const useStyles = makeStyles({
  surface: { maxWidth: '900px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  step: { color: tokens.colorNeutralForeground2 }
})

interface Props {
  preview: ImportPreview
  register: Register
  onClose(): void
}

type Wizard = ReturnType<typeof useImportWizard>

/** Importera: columns -> duplicates and errors -> summary. Nothing is written before "Lägg till 3, slå ihop 2". */
export function ImportWizard({ preview, register, onClose }: Props) {
  const styles = useStyles()
  const w = useImportWizard(preview)
  const stepLine = useRef<HTMLSpanElement>(null)
  // Each step replaces the buttons she was on: focus the step line, which also announces it.
  useEffect(() => {
    if (w.step !== 'mapping') stepLine.current?.focus()
  }, [w.step, w.undone])
  const close = () => {
    w.abandon()
    onClose()
  }
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{IMPORT_TEXTS.title}</DialogTitle>
          <DialogContent className={styles.content} data-testid="import-wizard">
            <Text ref={stepLine} tabIndex={-1} className={styles.step} data-testid="import-step">
              {IMPORT_TEXTS.steps[w.step]}
            </Text>
            {w.error ? (
              <MessageBar intent="error" data-testid="import-error">
                <MessageBarBody>{errorMessage(w.error)}</MessageBarBody>
              </MessageBar>
            ) : null}
            <CurrentStep w={w} preview={preview} register={register} />
          </DialogContent>
          <DialogActions>
            <StepButtons w={w} onCancel={close} onClose={onClose} />
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}

function CurrentStep({ w, preview, register }: { w: Wizard; preview: ImportPreview; register: Register }) {
  if (w.step === 'mapping') return <MappingStep preview={preview} mapping={w.mapping} onChange={w.setMapping} />
  if (w.step === 'decisions' && w.analysis) {
    return (
      <DecisionsStep
        analysis={w.analysis}
        register={register}
        decisions={w.decisions}
        onDecide={w.decide}
        groupId={w.groupId}
        onGroup={w.setGroupId}
        onMore={w.loadMore}
        busy={w.busy}
      />
    )
  }
  if (w.step === 'summary' && w.summary) return <SummaryStep summary={w.summary} undone={w.undone} />
  return null
}

/** Analysera; then Lägg till … and Tillbaka; then Ångra importen and Stäng. Avbryt until the summary. */
function StepButtons({ w, onCancel, onClose }: { w: Wizard; onCancel(): void; onClose(): void }) {
  const plan = w.analysis ? importPlan(w.analysis, w.decisions) : { add: 0, merge: 0 }
  const canUndo = w.step === 'summary' && !w.undone && (w.summary?.added ?? 0) + (w.summary?.merged ?? 0) > 0
  return (
    <>
      {w.step === 'mapping' && (
        <Button appearance="primary" onClick={w.runAnalysis} disabledFocusable={w.busy}>
          {IMPORT_TEXTS.analyse}
        </Button>
      )}
      {w.step === 'decisions' && (
        <>
          <Button appearance="primary" onClick={w.runCommit} disabledFocusable={w.busy || plan.add + plan.merge === 0}>
            {IMPORT_TEXTS.commit(plan)}
          </Button>
          <Button onClick={w.back} disabledFocusable={w.busy}>
            {IMPORT_TEXTS.back}
          </Button>
        </>
      )}
      {canUndo && (
        <Button onClick={w.runUndo} disabledFocusable={w.busy}>
          {IMPORT_TEXTS.undo}
        </Button>
      )}
      {w.step === 'summary' ? (
        <Button appearance="primary" onClick={onClose}>
          {IMPORT_TEXTS.close}
        </Button>
      ) : (
        <Button onClick={onCancel}>{IMPORT_TEXTS.cancel}</Button>
      )}
    </>
  )
}
