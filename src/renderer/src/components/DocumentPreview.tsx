import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { bytesOfBase64, renderDocx } from './DocumentPreview.render'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The pages keep their real A4 width; the frame scrolls rather than squeezing them.
  frame: {
    maxHeight: '75vh',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` }
  },
  hidden: { display: 'none' },
  note: { margin: 0, color: tokens.colorNeutralForeground2 }
})

interface Props {
  /** The .docx as base64, as the documents.preview* methods return it. */
  base64: string
  /** Names the preview region for screen readers, e.g. "Förhandsgranskning av minnesanteckningar-….docx". */
  label: string
}

// docx-preview lays the text out but does not compute page numbers (the PAGE and NUMPAGES
// fields) or where Word breaks pages; say so rather than let "Sida ()" look like a fault.
const NOTE = 'Förhandsgranskningen visar dokumentets innehåll. Sidnummer och sidbrytningar syns först när dokumentet öppnas i Word.'

type RenderState = 'rendering' | 'ready' | 'failed'

/** Renders the document into `body` (its styles into `css`) each time it changes; says how that went. */
function useRenderedDocx(base64: string, body: RefObject<HTMLDivElement | null>, css: RefObject<HTMLDivElement | null>): RenderState {
  const [state, setState] = useState<RenderState>('rendering')
  useEffect(() => {
    if (!body.current || !css.current) return
    let current = true
    setState('rendering')
    renderDocx(bytesOfBase64(base64), body.current, css.current).then(
      () => current && setState('ready'),
      () => current && setState('failed')
    )
    return () => {
      current = false
    }
  }, [base64, body, css])
  return state
}

/**
 * A generated Word document shown inside the app, page by page, before it is saved.
 * docx-preview owns the DOM inside the frame; React only owns the frame around it.
 * The frame is a labelled, focusable region so keyboard users can scroll it.
 */
export function DocumentPreview({ base64, label }: Props) {
  const styles = useStyles()
  const body = useRef<HTMLDivElement>(null)
  const css = useRef<HTMLDivElement>(null)
  const state = useRenderedDocx(base64, body, css)

  return (
    <div className={styles.root}>
      {state === 'rendering' ? <Spinner size="small" label="Visar dokumentet…" /> : null}
      {state === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Förhandsgranskningen kunde inte visas</MessageBarTitle>
            Dokumentet går ändå att spara och öppna i Word.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div ref={css} hidden />
      {state === 'ready' ? (
        <Text as="p" size={200} className={styles.note}>
          {NOTE}
        </Text>
      ) : null}
      <section
        ref={body}
        className={state === 'ready' ? styles.frame : styles.hidden}
        aria-label={label}
        tabIndex={0}
        data-testid="document-preview"
      />
    </div>
  )
}
