import type { HandlersFor } from '../../api/dispatch'
import { saveViaDialog } from '../files/save-via-dialog'
import { stockholmIsoDate } from '../../../shared/format/dates'
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
      bytes: async () => {
        const { buildExport } = await import('./archive-write')
        return buildExport({ db: ctx.store.read(), dataDir: ctx.paths.dataDir, appVersion: ctx.appVersion, now: ctx.clock() })
      }
    }),
  // The zip libraries load only when she exports or imports, not at every start.
  'backups.importOpen': async (_input, ctx) => (await import('./import')).openImport(ctx),
  'backups.importCommit': async ({ token }, ctx) => (await import('./import')).commitImport(ctx, token)
}
