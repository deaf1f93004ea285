import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { ReplaceOutcome } from '../settings/data/ReplaceOutcome'
import { QueryStatus } from '../../components/QueryStatus'
import { useBackups } from '../../hooks/backups/useBackups'
import { BackupTable } from '../settings/data/BackupTable'
import { PendingReplace } from '../settings/data/PendingReplace'
import { useReplaceFlow } from '../settings/data/useReplaceFlow'
import { OTHER_BACKUP_TEXTS } from './texts'

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } })

/**
 * After a broken data file was set aside, the newest good backup is not always the one
 * she wants (it may hold this morning's mistake): she can choose another here, the same
 * way as in Inställningar → Data.
 */
export function OtherBackups() {
  const styles = useStyles()
  const backups = useBackups()
  const flow = useReplaceFlow()
  return (
    <section className={styles.root} aria-labelledby="other-backups-heading" data-testid="other-backups">
      <Text as="h2" id="other-backups-heading" size={400} weight="semibold">
        {OTHER_BACKUP_TEXTS.title}
      </Text>
      <Text as="p">{OTHER_BACKUP_TEXTS.description}</Text>
      <div role="status">
        <ReplaceOutcome outcome={flow.outcome} />
      </div>
      <QueryStatus query={backups} what="säkerhetskopiorna">
        {(list) => <BackupTable backups={list.backups} busy={flow.busy} onRestore={flow.askRestore} />}
      </QueryStatus>
      <PendingReplace pending={flow.pending} busy={flow.busy} onConfirm={flow.confirm} onCancel={flow.cancel} />
    </section>
  )
}
