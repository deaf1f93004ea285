import type { Logger } from '../services/context'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol'
import type { ElectronApi } from './types'

type Protocol = ElectronApi['protocol']

/** Must run before the app is ready: Electron fixes a scheme's privileges at start. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** Serves the built renderer folder on app://samverkan/ (after ready); refusals are logged without the address. */
export function serveRenderer(protocol: Protocol, root: string, log: Logger): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest(root, { method: request.method, url: request.url })
    if (answer.status !== 200) log.warn('app protocol refused', { status: answer.status })
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  })
}
