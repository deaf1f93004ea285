import type { Desktop, Dialogs, Updates } from '../../../src/main/services/context'

/** The OS file dialogs, answered by the story: set `nextOpenFile` before the click. */
export class StubDialogs implements Dialogs {
  nextOpenFile: string | null = null
  nextSaveFile: string | null = null
  readonly opened: { title: string }[] = []

  async openFile(options: { title: string }): Promise<string | null> {
    this.opened.push({ title: options.title })
    const answer = this.nextOpenFile
    this.nextOpenFile = null
    return answer
  }

  async saveFile(options: { title: string }): Promise<string | null> {
    this.opened.push({ title: options.title })
    const answer = this.nextSaveFile
    this.nextSaveFile = null
    return answer
  }
}

/** The OS shell, recording what the app asked it to open instead of opening anything. */
export class RecordingDesktop implements Desktop {
  readonly calls: { kind: 'openPath' | 'openExternal' | 'showItemInFolder'; target: string }[] = []
  /** What the app put on the clipboard, newest last. */
  readonly clipboard: string[] = []

  writeClipboardText(text: string): void {
    this.clipboard.push(text)
  }

  async openPath(path: string): Promise<void> {
    this.calls.push({ kind: 'openPath', target: path })
  }

  async openExternal(url: string): Promise<void> {
    this.calls.push({ kind: 'openExternal', target: url })
  }

  showItemInFolder(path: string): void {
    this.calls.push({ kind: 'showItemInFolder', target: path })
  }
}

/** The shell's updater, recording "Starta om nu" instead of installing; `ready` says whether a download is waiting. */
export class RecordingUpdates implements Updates {
  ready = true
  installs = 0

  async restartToInstall(): Promise<boolean> {
    if (!this.ready) return false
    this.installs++
    return true
  }
}
