import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components'
import { FolderOpen24Regular } from '@fluentui/react-icons'
import { useCommands } from '../../commands/CommandsProvider'
import { QueryStatus } from '../../components/QueryStatus'
import { ViewPage } from '../../components/ViewPage'
import { useAppInfo, useOverview } from '../../hooks/app/useApp'
import type { ViewProps } from '../../navigation/views'
import { AssignmentsCard } from './AssignmentsCard'
import { CountCard } from './CountCard'
import { StartupNotice } from './StartupNotice'
import { COUNT_TEXTS } from './texts'
import { WelcomeBar } from './WelcomeBar'

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingHorizontalL },
  data: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start', marginTop: tokens.spacingVerticalL },
  counts: { listStyle: 'none', padding: 0, margin: 0 },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' }
})

/** Översikt: what the register holds, and where the data lives. */
export function OverviewView(_props: ViewProps) {
  const styles = useStyles()
  const overview = useOverview()
  const info = useAppInfo()
  const commands = useCommands()
  return (
    <ViewPage title="Översikt" description="Det här finns i Samverkan just nu.">
      {info.data?.startup.status === 'created' ? <WelcomeBar /> : null}
      {info.data?.startup.status === 'ok' && info.data.startup.message ? <StartupNotice message={info.data.startup.message} /> : null}
      <QueryStatus query={overview} what="översikten">
        {(counts) => (
          <ul className={mergeClasses(styles.grid, styles.counts)} aria-label="Antal i registret">
            {COUNT_TEXTS.map((t) => (
              <li key={t.key}>
                {t.key === 'openAssignments' ? <AssignmentsCard text={t} count={counts[t.key]} /> : <CountCard text={t} count={counts[t.key]} />}
              </li>
            ))}
          </ul>
        )}
      </QueryStatus>
      <section className={styles.data} aria-labelledby="data-heading">
        <Text as="h2" id="data-heading" size={500} weight="semibold">
          Dina data
        </Text>
        <Text>Allt sparas på den här datorn, i en fil som säkerhetskopieras varje dag.</Text>
        <Text>
          Datafil: <span className={styles.path} data-testid="data-file">{info.data?.dataFile ?? '…'}</span>
        </Text>
        <Button icon={<FolderOpen24Regular />} onClick={() => commands.run('app.openDataFolder')}>
          Öppna datamappen
        </Button>
      </section>
    </ViewPage>
  )
}
