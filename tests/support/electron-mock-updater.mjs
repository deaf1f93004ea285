// Stands in for electron-updater when the built main runs under the electron mock.
// Evaluating this module at all means the updater was loaded; the flag lets a test see it.
globalThis.__samverkanUpdaterLoaded = true

export const autoUpdater = {
  logger: undefined,
  autoDownload: true,
  autoInstallOnAppQuit: false,
  allowDowngrade: false,
  requestHeaders: null,
  checks: 0,
  on() {
    return autoUpdater
  },
  async checkForUpdates() {
    autoUpdater.checks++
    return null
  },
  quitAndInstall() {}
}
export default { autoUpdater }
