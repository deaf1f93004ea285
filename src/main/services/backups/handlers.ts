import type { HandlersFor } from '../../api/dispatch'
import { saveViaDialog } from '../files/save-via-dialog'
import { stockholmIsoDate } from '../../../shared/format/dates'
import { buildExport } from './archive-write'
import { commitImport, openImport } from './import'
import { listBackupEntries, previewRestore, restoreBackup } from './restore'

export const backupsHandlers: HandlersFor<'backups.'> = {
  'backups.list': (_input, ctx) => listBackupEntries(ctx),
  'backups.previewRestore': ({ name }, ctx) => previewRestore(ctx, name),
  'backups.restore': ({ name }, ctx) => restoreBackup(ctx, name),
  'backups.openFolder': async (_input, ctx) => {
    await ctx.desktop.openPath(ctx.store.backupFolder)
    return null
  },
  'backups.export': (_input, ctx) =>
    saveViaDialog(ctx, {
      title: 'Exportera allt',
      defaultName: `Samverkan ${stockholmIsoDate(ctx.clock())}.zip`,
      filters: [{ name: 'Export från Samverkan', extensions: ['zip'] }],
      bytes: () => buildExport({ db: ctx.store.read(), dataDir: ctx.paths.dataDir, appVersion: ctx.appVersion, now: ctx.clock() })
    }),
  'backups.importOpen': (_input, ctx) => openImport(ctx),
  'backups.importCommit': ({ token }, ctx) => commitImport(ctx, token)
}
