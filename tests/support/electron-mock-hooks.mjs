// Node module hooks (module.register) that let the BUILT main bundle run in plain
// Node: `electron` resolves to the mock, and `electron-updater` to a tripwire that
// records that it was loaded (the shell must import it lazily, never at start).
const mockUrl = new URL('./electron-mock.mjs', import.meta.url).href
const updaterUrl = new URL('./electron-mock-updater.mjs', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { url: mockUrl, shortCircuit: true }
  if (specifier === 'electron-updater') return { url: updaterUrl, shortCircuit: true }
  return nextResolve(specifier, context)
}
