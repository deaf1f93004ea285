// A stand-in for the `electron` module, for tests that cannot run the real binary.
// It records what the app asks of Electron (windows, handlers, menus, dialogs,
// permission handlers, opened links) and lets a test play the other side: fire
// webContents events, invoke IPC handlers as a given frame, quit the app.
//
// Two ways to use it:
// - unit tests: `createElectronMock({ userData })` gives a fresh, isolated instance;
// - the built main bundle: electron-mock-hooks.mjs resolves `electron` to this file,
//   whose named exports are one default instance configured from the environment
//   (SAMVERKAN_MOCK_USER_DATA, SAMVERKAN_MOCK_SINGLE_INSTANCE=0, SAMVERKAN_MOCK_PACKAGED=1).
import { EventEmitter } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** An Electron-style event: records whether a listener called preventDefault(). */
export function mockEvent(fields = {}) {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

function createSession() {
  const session = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    headersReceivedListener: null,
    spellCheckerLanguages: [],
    setSpellCheckerLanguages(languages) {
      session.spellCheckerLanguages = languages
    },
    setPermissionRequestHandler(handler) {
      session.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler) {
      session.permissionCheckHandler = handler
    },
    webRequest: {
      onHeadersReceived(filterOrListener, maybeListener) {
        session.headersReceivedListener = maybeListener ?? filterOrListener
      }
    }
  }
  return session
}

function createApp(state, options) {
  const app = new EventEmitter()
  let ready = false
  const userData = options.userData ?? join(tmpdir(), 'samverkan-electron-mock')
  Object.assign(app, {
    isPackaged: options.isPackaged ?? false,
    name: 'Samverkan',
    requestSingleInstanceLock() {
      state.singleInstanceRequests++
      return options.singleInstanceLock ?? true
    },
    enableSandbox() {
      state.sandboxEnabled = true
    },
    setAppUserModelId(id) {
      state.appUserModelId = id
    },
    getPath(name) {
      if (name === 'userData') return userData
      if (name === 'documents') return join(userData, '..', 'Documents')
      return join(userData, '..', name)
    },
    getVersion: () => options.version ?? '0.1.0',
    getName: () => 'Samverkan',
    isReady: () => ready,
    whenReady() {
      return new Promise((resolve) =>
        setImmediate(() => {
          if (!ready) app.emit('ready', mockEvent())
          ready = true
          resolve()
        })
      )
    },
    // Electron quits asynchronously: before-quit, then will-quit, either can be cancelled.
    quit() {
      state.quitCalls++
      setImmediate(() => {
        if (state.quitted) return
        const beforeQuit = mockEvent()
        app.emit('before-quit', beforeQuit)
        if (beforeQuit.defaultPrevented) return
        const willQuit = mockEvent()
        app.emit('will-quit', willQuit)
        if (willQuit.defaultPrevented) return
        state.quitted = true
        app.emit('quit', mockEvent(), 0)
      })
    },
    exit(code = 0) {
      state.exitCode = code
      state.quitted = true
    }
  })
  return app
}

function createWebContents(state, session) {
  const contents = new EventEmitter()
  Object.assign(contents, {
    id: ++state.nextWebContentsId,
    session,
    mainFrame: { url: '', name: '', processId: 4, routingId: 1, parent: null },
    subframes: [],
    windowOpenHandler: null,
    destroyed: false,
    /** What main sent to this page (webContents.send): [channel, ...args]. */
    sent: [],
    send(channel, ...args) {
      contents.sent.push([channel, ...args])
    },
    setWindowOpenHandler(handler) {
      contents.windowOpenHandler = handler
    },
    /** An iframe in this page (same renderer process, its own routing id). */
    addSubframe(url) {
      const frame = { url, name: 'iframe', processId: 4, routingId: 2 + contents.subframes.length, parent: contents.mainFrame }
      contents.subframes.push(frame)
      return frame
    },
    isDestroyed: () => contents.destroyed,
    getURL: () => contents.mainFrame.url
  })
  return contents
}

function createBrowserWindowClass(state, app, session) {
  return class BrowserWindow extends EventEmitter {
    static getAllWindows() {
      return state.windows.filter((w) => !w.destroyed)
    }

    constructor(options = {}) {
      super()
      this.options = options
      this.visible = false
      this.minimized = false
      this.destroyed = false
      this.focusCount = 0
      this.webContents = createWebContents(state, session)
      state.windows.push(this)
      // As in Electron, the app hears about the new webContents before any page loads.
      app.emit('web-contents-created', mockEvent(), this.webContents)
    }

    #load(url) {
      this.webContents.mainFrame.url = url
      state.loads.push(url)
      setImmediate(() => this.emit('ready-to-show', mockEvent()))
      return Promise.resolve()
    }

    loadFile(file) {
      return this.#load(pathToFileURL(file).href)
    }

    loadURL(url) {
      return this.#load(url)
    }

    show() {
      this.visible = true
      this.minimized = false
    }

    focus() {
      this.focusCount++
    }

    minimize() {
      this.minimized = true
    }

    restore() {
      this.minimized = false
    }

    isMinimized() {
      return this.minimized
    }

    isDestroyed() {
      return this.destroyed
    }

    close() {
      if (this.destroyed) return
      // As in Electron, 'close' may be cancelled (the before-quit handshake holds it).
      const event = mockEvent()
      this.emit('close', event)
      if (event.defaultPrevented) return
      this.destroyed = true
      this.webContents.destroyed = true
      this.emit('closed', mockEvent())
      if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed', mockEvent())
    }
  }
}

function createDialog(state) {
  // Electron's dialogs take an optional parent window first.
  const call = (kind, args, result) => {
    const [first, second] = args
    const parent = second === undefined ? null : first
    state.dialogs.push({ kind, parent, options: second ?? first })
    return Promise.resolve(result)
  }
  return {
    showOpenDialog: (...args) => call('open', args, state.nextOpenDialogResult ?? { canceled: true, filePaths: [] }),
    showSaveDialog: (...args) => call('save', args, state.nextSaveDialogResult ?? { canceled: true, filePath: '' }),
    showMessageBox: (...args) => call('message', args, { response: 0, checkboxChecked: false }),
    showErrorBox(title, content) {
      state.errorBoxes.push({ title, content })
    }
  }
}

function createShell(state) {
  return {
    openExternal(url) {
      state.openedExternal.push(url)
      return Promise.resolve()
    },
    openPath(path) {
      state.openedPaths.push(path)
      return Promise.resolve(state.openPathFailure ?? '')
    },
    showItemInFolder(path) {
      state.shownInFolder.push(path)
    }
  }
}

// As in Electron: privileges only before ready (they are fixed at start), handlers only after.
function createProtocol(state, app) {
  return {
    registerSchemesAsPrivileged(schemes) {
      if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready')
      state.privilegedSchemes.push(...schemes)
    },
    handle(scheme, handler) {
      if (!app.isReady()) throw new Error('protocol.handle must be called after the app is ready')
      if (state.protocolHandlers.has(scheme)) throw new Error(`scheme '${scheme}' is already handled`)
      state.protocolHandlers.set(scheme, handler)
    },
    isProtocolHandled: (scheme) => state.protocolHandlers.has(scheme),
    unhandle(scheme) {
      state.protocolHandlers.delete(scheme)
    }
  }
}

/** Fetches `url` through the handler the app registered for its scheme, as the renderer would. */
async function fetchThroughProtocol(state, url, method = 'GET') {
  const handler = state.protocolHandlers.get(new URL(url).protocol.slice(0, -1))
  if (!handler) throw new Error(`no protocol handler for ${url}`)
  const response = await handler(new Request(url, { method }))
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
}

function createIpc(state) {
  const ipcMain = {
    handle(channel, handler) {
      if (state.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      state.handlers.set(channel, handler)
    },
    removeHandler(channel) {
      state.handlers.delete(channel)
    },
    on() {
      return ipcMain
    }
  }
  /** Calls a registered handler as if `frame` had sent the message (ipcRenderer.invoke). */
  const invoke = async (channel, frame, ...args) => {
    const handler = state.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const window = state.windows.find((w) => w.webContents.mainFrame === frame || w.webContents.subframes.includes(frame))
    const sender = window?.webContents ?? null
    return handler({ senderFrame: frame, sender, processId: frame?.processId ?? 0, frameId: frame?.routingId ?? 0 }, ...args)
  }
  return { ipcMain, invoke }
}

/** A fresh, isolated Electron stand-in. */
export function createElectronMock(options = {}) {
  const state = {
    singleInstanceRequests: 0,
    sandboxEnabled: false,
    appUserModelId: null,
    quitCalls: 0,
    quitted: false,
    exitCode: null,
    nextWebContentsId: 0,
    windows: [],
    loads: [],
    handlers: new Map(),
    applicationMenu: null,
    dialogs: [],
    errorBoxes: [],
    openedExternal: [],
    clipboard: [],
    openedPaths: [],
    shownInFolder: [],
    exposedInMainWorld: {},
    nextOpenDialogResult: null,
    nextSaveDialogResult: null,
    openPathFailure: null,
    privilegedSchemes: [],
    protocolHandlers: new Map()
  }
  const defaultSession = createSession()
  const app = createApp(state, options)
  const { ipcMain, invoke } = createIpc(state)
  const mainFrame = () => state.windows[0]?.webContents.mainFrame ?? null
  return {
    state,
    invoke,
    fetch: (url, method) => fetchThroughProtocol(state, url, method),
    app,
    protocol: createProtocol(state, app),
    BrowserWindow: createBrowserWindowClass(state, app, defaultSession),
    session: { defaultSession },
    ipcMain,
    dialog: createDialog(state),
    shell: createShell(state),
    clipboard: {
      writeText(text) {
        state.clipboard.push(text)
      }
    },
    Menu: {
      buildFromTemplate: (template) => ({ template }),
      setApplicationMenu(menu) {
        state.applicationMenu = menu
      }
    },
    // Preload side, so a preload bundle can be exercised against the same mock.
    contextBridge: {
      exposeInMainWorld(key, api) {
        state.exposedInMainWorld[key] = api
      }
    },
    ipcRenderer: { invoke: (channel, ...args) => invoke(channel, mainFrame(), ...args) }
  }
}

const fromEnvironment = createElectronMock({
  userData: process.env.SAMVERKAN_MOCK_USER_DATA,
  singleInstanceLock: process.env.SAMVERKAN_MOCK_SINGLE_INSTANCE !== '0',
  isPackaged: process.env.SAMVERKAN_MOCK_PACKAGED === '1'
})

/** The instance behind the named exports; a test driver reads and drives it. */
export const __mock = fromEnvironment
export const {
  app,
  BrowserWindow,
  session,
  ipcMain,
  dialog,
  shell,
  clipboard,
  Menu,
  protocol,
  contextBridge,
  ipcRenderer
} = fromEnvironment
export default fromEnvironment
