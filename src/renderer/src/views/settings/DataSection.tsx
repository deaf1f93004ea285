import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ArrowDownload24Regular, ArrowUpload24Regular, FolderOpen24Regular } from '@fluentui/react-icons'
import { ReplaceOutcome } from './data/ReplaceOutcome'
import { QueryStatus } from '../../components/QueryStatus'
import { SaveOutcome } from '../../components/SaveOutcome'
import { useBackups } from '../../hooks/backups/useBackups'
import { useExportAll, useOpenBackupFolder } from '../../hooks/backups/useBackupsMutations'
import { BackupTable } from './data/BackupTable'
import { PendingReplace } from './data/PendingReplace'
import { DATA_TEXTS } from './data/texts'
import { useReplaceFlow } from './data/useReplaceFlow'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM }
})

/** Inställningar → Data: her backups, restoring one, and moving everything to a new laptop. */
export function DataSection() {
  const styles = useStyles()
  const backups = useBackups()
  const flow = useReplaceFlow()
  const exportAll = useExportAll()
  const openFolder = useOpenBackupFolder()
  return (
    <section className={styles.root} aria-labelledby="data-heading">
      <Text as="h2" id="data-heading" size={500} weight="semibold">
        {DATA_TEXTS.title}
      </Text>
      <Text as="p">{DATA_TEXTS.description}</Text>
      <div className={styles.actions}>
        <Button icon={<ArrowDownload24Regular />} disabled={exportAll.isPending} onClick={() => exportAll.mutate()}>
          {DATA_TEXTS.exportAll}
        </Button>
        <Button icon={<ArrowUpload24Regular />} disabled={flow.busy} onClick={flow.askImport}>
          {DATA_TEXTS.importFile}
        </Button>
        <Button icon={<FolderOpen24Regular />} onClick={() => openFolder.mutate()}>
          {DATA_TEXTS.openFolder}
        </Button>
      </div>
      <div role="status">
        <SaveOutcome result={exportAll.data} error={exportAll.error} texts={DATA_TEXTS.exported} />
        <ReplaceOutcome outcome={flow.outcome} />
      </div>
      <QueryStatus query={backups} what="säkerhetskopiorna">
        {(list) => <BackupTable backups={list.backups} busy={flow.busy} onRestore={flow.askRestore} />}
      </QueryStatus>
      <PendingReplace pending={flow.pending} busy={flow.busy} onConfirm={flow.confirm} onCancel={flow.cancel} />
    </section>
  )
}
