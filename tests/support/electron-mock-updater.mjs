// Stands in for electron-updater when the built main runs under the electron mock.
// Evaluating this module at all means the updater was loaded; the flag lets a test see it.
globalThis.__samverkanUpdaterLoaded = true

export const autoUpdater = {
  logger: undefined,
  checks: 0,
  on() {
    return autoUpdater
  },
  async checkForUpdatesAndNotify() {
    autoUpdater.checks++
    return null
  }
}
export default { autoUpdater }
