import { randomUUID } from 'node:crypto'
import type { Logger } from '../logger'
import { writeFileAtomic } from './atomic-write'
import { errorCode, type StoreFs } from './fs'

/** Who holds the data folder: enough to tell the user where it is open, and to judge liveness. */
export interface LockIdentity {
  host: string
  /** User and login session (RDS/Citrix sessions of one user differ here). */
  session: string
  pid: number
}

export interface LockContent extends LockIdentity {
  /** Refreshed by the holder every few seconds; a lock whose heartbeat stopped is stale. */
  heartbeat: string
  token: string
}

export interface LockPolicy {
  clock: () => Date
  /**
   * Liveness of a holder in this very login session on this host, where a pid
   * means something. Elsewhere (another session, another machine sharing a
   * roamed folder) only the heartbeat can tell.
   */
  isProcessAlive: (pid: number) => boolean
  heartbeatMs: number
  staleAfterMs: number
}

export type LockResult = { kind: 'taken'; lock: HeldLock } | { kind: 'heldByOther'; holder: LockContent | null } | { kind: 'failed'; error: unknown }

/** Alive if signal 0 reaches it; EPERM means it exists but belongs to someone else. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Takes `samverkan.lock` by creating it exclusively ('wx'). A lock held in our
 * own session by a process that is gone, or anywhere by a holder whose
 * heartbeat is older than `staleAfterMs`, is taken over.
 */
export async function takeLock(fs: StoreFs, lockFile: string, me: LockIdentity, policy: LockPolicy, log: Logger): Promise<LockResult> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const content: LockContent = { ...me, heartbeat: policy.clock().toISOString(), token: randomUUID() }
    try {
      await writeExclusive(fs, lockFile, JSON.stringify(content))
      return { kind: 'taken', lock: new HeldLock(fs, lockFile, content, policy, log) }
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') return { kind: 'failed', error }
    }
    const holder = await readSettledHolder(fs, lockFile, me)
    if (holder !== null && isLive(holder, me, policy)) return { kind: 'heldByOther', holder }
    log.warn('store: stale lock taken over', { sameHost: holder?.host === me.host })
    await fs.unlink(lockFile).catch(() => undefined)
  }
  // Someone else created it between our unlink and our retry.
  return { kind: 'heldByOther', holder: await readHolder(fs, lockFile, me) }
}

function isLive(holder: LockContent, me: LockIdentity, policy: LockPolicy): boolean {
  if (holder.host === me.host && holder.session === me.session) return policy.isProcessAlive(holder.pid)
  const age = policy.clock().getTime() - Date.parse(holder.heartbeat)
  // A heartbeat ahead of our clock is a live holder on a machine whose clock runs fast.
  return Number.isNaN(age) ? false : age < policy.staleAfterMs
}

async function writeExclusive(fs: StoreFs, path: string, text: string): Promise<void> {
  const handle = await fs.open(path, 'wx')
  try {
    await handle.writeFile(text)
    await handle.sync()
    await handle.close()
  } catch (error) {
    // A half-written lock would read as stale next time anyway; do not leave it behind.
    await handle.close().catch(() => undefined)
    await fs.unlink(path).catch(() => undefined)
    throw error
  }
}

/** An empty or half-written lock may be one another instance is creating this instant: look twice. */
async function readSettledHolder(fs: StoreFs, lockFile: string, me: LockIdentity): Promise<LockContent | null> {
  const first = await readHolder(fs, lockFile, me)
  if (first) return first
  await pause(150)
  return readHolder(fs, lockFile, me)
}

/** Reads the lock; a bare pid (written by earlier versions) is a holder in our own session. */
export async function readHolder(fs: StoreFs, lockFile: string, me: LockIdentity): Promise<LockContent | null> {
  let text: string
  try {
    text = (await fs.readFile(lockFile)).toString('utf8').trim()
  } catch {
    return null
  }
  if (/^\d+$/.test(text)) return { ...me, pid: Number(text), heartbeat: '', token: '' }
  try {
    const value = JSON.parse(text) as Partial<LockContent>
    const ok = typeof value.host === 'string' && typeof value.session === 'string' && Number.isInteger(value.pid) && typeof value.heartbeat === 'string'
    return ok ? (value as LockContent) : null
  } catch {
    return null
  }
}

/**
 * The lock while we hold it: the heartbeat is rewritten every `heartbeatMs`.
 * If the lock turns out to be someone else's (we slept past `staleAfterMs` and
 * another machine took over), `lost` is set and the store stops writing.
 */
export class HeldLock {
  lost: LockContent | null = null
  private timer: NodeJS.Timeout | null = null
  private lastBeat: number
  /** The beat being written, so release waits for it instead of racing it. */
  private inFlight: Promise<void> | null = null
  private stopped = false

  constructor(
    private readonly fs: StoreFs,
    private readonly lockFile: string,
    private content: LockContent,
    private readonly policy: LockPolicy,
    private readonly log: Logger
  ) {
    this.lastBeat = policy.clock().getTime()
  }

  get identity(): LockContent {
    return this.content
  }

  start(): void {
    this.timer = setInterval(() => void this.beat().catch(() => undefined), this.policy.heartbeatMs)
    this.timer.unref()
  }

  /** Before a write: if the heartbeat is overdue (the machine slept), prove the lock is still ours. */
  async ensureHeld(): Promise<boolean> {
    if (this.lost) return false
    if (this.policy.clock().getTime() - this.lastBeat > this.policy.staleAfterMs / 2) await this.beat()
    return this.lost === null
  }

  /** One beat at a time: a timer tick during a slow write joins it rather than writing twice. */
  beat(): Promise<void> {
    if (this.lost || this.stopped) return Promise.resolve()
    this.inFlight ??= this.writeBeat().finally(() => (this.inFlight = null))
    return this.inFlight
  }

  private async writeBeat(): Promise<void> {
    const holder = await readHolder(this.fs, this.lockFile, this.content)
    if (holder && holder.token !== this.content.token) {
      this.lost = holder
      this.log.error('store: lock taken over by another instance', { sameHost: holder.host === this.content.host })
      this.stop()
      return
    }
    const next = { ...this.content, heartbeat: this.policy.clock().toISOString() }
    try {
      await writeFileAtomic(this.fs, this.lockFile, JSON.stringify(next), this.log)
      this.content = next
      this.lastBeat = this.policy.clock().getTime()
    } catch (error) {
      this.log.warn('store: lock heartbeat failed', { code: errorCode(error) ?? 'unknown' })
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  async release(): Promise<void> {
    this.stop()
    this.stopped = true
    // A beat still writing would otherwise recreate the lock file after we removed it.
    await this.inFlight
    if (this.lost) return
    const holder = await readHolder(this.fs, this.lockFile, this.content)
    if (holder?.token === this.content.token) await this.fs.unlink(this.lockFile).catch(() => undefined)
  }
}
