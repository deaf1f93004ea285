import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { FolderOpen24Regular } from '@fluentui/react-icons'
import { useCommands } from '../../commands/CommandsProvider'
import { ViewPage } from '../../components/ViewPage'
import { useAppInfo } from '../../hooks/app/useApp'
import type { ViewProps } from '../../navigation/views'
import { CountsSection } from './CountsSection'
import { ReachCard } from './ReachCard'
import { StartupNotice } from './StartupNotice'
import { TodoSection } from './TodoSection'
import { WelcomeBar } from './WelcomeBar'

const useStyles = makeStyles({
  data: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start', marginTop: tokens.spacingVerticalL },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' }
})

/** Översikt: what needs her now, then what the register holds, the seminars' reach, and where the data lives. */
export function OverviewView(_props: ViewProps) {
  const styles = useStyles()
  const info = useAppInfo()
  const commands = useCommands()
  return (
    <ViewPage title="Översikt" description="Det här väntar på dig, och det här finns i Samverkan.">
      {info.data?.startup.status === 'created' ? <WelcomeBar /> : null}
      {info.data?.startup.status === 'ok' && info.data.startup.message ? <StartupNotice message={info.data.startup.message} /> : null}
      <TodoSection />
      <CountsSection />
      <ReachCard />
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
