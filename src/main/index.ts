import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, session, shell } from 'electron'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runApp } from './shell/runApp'

// Wiring only: the real Electron goes in here, everything else lives in ./shell.
runApp(
  { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, session, shell },
  {
    mainDir: dirname(fileURLToPath(import.meta.url)),
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    resourcesPath: process.resourcesPath,
    platform: process.platform
  }
)
