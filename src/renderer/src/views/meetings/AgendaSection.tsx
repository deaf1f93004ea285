import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { AgendaItem } from '../../../../shared/domain/meetings'
import { MEETING_TEXTS } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  presenter: { display: 'block', margin: 0, color: tokens.colorNeutralForeground2 }
})

/** The numbered agenda items by title, with the presenter where one is set. */
export function AgendaSection({ agenda }: { agenda: AgendaItem[] }) {
  const styles = useStyles()
  return (
    <section className={styles.section} aria-labelledby="agenda-heading">
      <Text as="h2" id="agenda-heading" size={500} weight="semibold" className={styles.heading}>
        {MEETING_TEXTS.agenda}
      </Text>
      {agenda.length === 0 ? (
        <Text as="p">{MEETING_TEXTS.agendaNone}</Text>
      ) : (
        <ol className={styles.list} data-testid="agenda">
          {agenda.map((item) => (
            <li key={item.id}>
              <Text>{item.title}</Text>
              {item.presenter ? (
                <Text as="p" size={200} className={styles.presenter}>
                  {MEETING_TEXTS.presenter}: {item.presenter}
                </Text>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
