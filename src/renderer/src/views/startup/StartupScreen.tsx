import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens
} from '@fluentui/react-components'
import { FolderOpen24Regular } from '@fluentui/react-icons'
import type { AppInfo } from '../../../../shared/contract/app'
import { errorMessage } from '../../api/client'
import { useCommands } from '../../commands/CommandsProvider'
import { useAcknowledgeStartup } from '../../hooks/app/useAppMutations'
import { useNavigation } from '../../navigation/NavigationContext'
import { OtherBackups } from './OtherBackups'
import { canContinue } from './startup-status'
import { LABELS, STARTUP_TEXTS } from './texts'

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    justifyContent: 'center',
    alignItems: 'flex-start',
    backgroundColor: tokens.colorNeutralBackground2
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '720px',
    margin: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16
  },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, margin: 0 },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all', margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM }
})

type ScreenStatus = keyof typeof STARTUP_TEXTS

/** Full-view notice when the data file was restored, replaced, or cannot be written. */
export function StartupScreen({ info, onViewReadOnly }: { info: AppInfo; onViewReadOnly(): void }) {
  const styles = useStyles()
  const { startup } = info
  const texts = STARTUP_TEXTS[startup.status as ScreenStatus]
  const acknowledge = useAcknowledgeStartup()
  return (
    <main className={styles.root} aria-label="Problem vid start">
      <div className={styles.card} data-testid="startup-screen">
        <Text as="h1" size={600} weight="semibold">
          {texts.title}
        </Text>
        <MessageBar intent={canContinue(startup.status) ? 'warning' : 'error'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{texts.consequence}</MessageBarTitle>
            {startup.message}
          </MessageBarBody>
        </MessageBar>
        <Text as="p">{texts.nextStep}</Text>
        <StartupFacts info={info} />
        {startup.quarantinedPath !== null && canContinue(startup.status) ? <OtherBackups /> : null}
        {acknowledge.error ? (
          <MessageBar intent="error">
            <MessageBarBody>{errorMessage(acknowledge.error)}</MessageBarBody>
          </MessageBar>
        ) : null}
        <StartupActions info={info} acknowledge={acknowledge} onViewReadOnly={onViewReadOnly} />
      </div>
    </main>
  )
}

/** Where the damaged file went, which backup was used, and where the data file is. */
function StartupFacts({ info }: { info: AppInfo }) {
  const styles = useStyles()
  const facts: [string, string | null][] = [
    [LABELS.quarantined, info.startup.quarantinedPath],
    [LABELS.backupUsed, info.startup.backupUsed],
    [LABELS.dataFile, info.dataFile]
  ]
  return (
    <dl className={styles.facts}>
      {facts
        .filter((fact): fact is [string, string] => fact[1] !== null)
        .map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}:</dt>
            <dd className={styles.path}>{value}</dd>
          </div>
        ))}
    </dl>
  )
}

interface ActionsProps {
  info: AppInfo
  acknowledge: ReturnType<typeof useAcknowledgeStartup>
  onViewReadOnly(): void
}

/** Öppna datamappen (the same command as the menu's), and go on: to Översikt, or to her data read-only. */
function StartupActions({ info, acknowledge, onViewReadOnly }: ActionsProps) {
  const styles = useStyles()
  const commands = useCommands()
  const { navigate } = useNavigation()
  return (
    <div className={styles.actions}>
      <Button icon={<FolderOpen24Regular />} onClick={() => commands.run('app.openDataFolder')}>
        {LABELS.openFolder}
      </Button>
      {canContinue(info.startup.status) ? (
        <Button
          appearance="primary"
          disabledFocusable={acknowledge.isPending}
          onClick={() => acknowledge.mutate(undefined, { onSuccess: () => navigate('overview') })}
        >
          {LABELS.acknowledge}
        </Button>
      ) : (
        <Button appearance="primary" onClick={onViewReadOnly}>
          {LABELS.viewReadOnly}
        </Button>
      )}
    </div>
  )
}
