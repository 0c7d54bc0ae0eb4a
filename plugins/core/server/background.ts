import type { Config, Payload } from 'payload'

import cron from 'node-cron'

import { releaseLease, tryAcquireLease } from '../leases/lease'
import { registryOf, withRegistry } from './registry'

export type StopWork = () => Promise<void>

/**
 * Background work a plugin needs in the long-running server (never in tests, CLIs or the seed,
 * which boot the same config). One runner, `startBackgroundWork`, starts every task of the config.
 */
export type BackgroundTask = {
  /** node-cron expression (a seconds field is allowed) of `run`; or use `intervalMs`. */
  cron?: string
  /** Runs `run` every this many milliseconds instead of a cron. */
  intervalMs?: number
  /** For `scope: 'deployment'`: how long the lease lasts; it is renewed before every run. */
  leaseMs?: number
  /** Unique name; for `scope: 'deployment'` also the name of the lease that guards it. */
  name: string
  /** The scheduled work. A run that is still going when the next one is due skips that one. */
  run?: (payload: Payload) => Promise<unknown>
  /** Also run once right after start. */
  runAtStart?: boolean
  /**
   * `deployment`: once per deployment, in the process that holds the task's lease (work that must
   * not happen twice, such as spending LINE's hourly insight budget). `process`: in every server
   * process (work whose items are claimed one by one, such as sending due deliveries).
   */
  scope: 'deployment' | 'process'
  /** Long-lived work started with the server; the returned function stops it at shutdown, after the last request. */
  start?: (payload: Payload) => Promise<StopWork> | StopWork
  /** Time zone of `cron`. @default the process's */
  timezone?: string
}

export const addBackgroundTasks = (config: Config, tasks: BackgroundTask[]): Config =>
  withRegistry(config, (registry) => ({ ...registry, tasks: [...registry.tasks, ...tasks] }))

export const backgroundTasksOf = (config: { custom?: Record<string, any> }): BackgroundTask[] => registryOf(config).tasks

const DEFAULT_LEASE_MS = 15 * 60_000

/** One task's schedule; runs never overlap, a failed run is logged and the next one comes as usual. */
const schedule = (payload: Payload, task: BackgroundTask): StopWork => {
  let running: null | Promise<void> = null
  let held = false
  const tick = () => {
    if (running) return
    running = (async () => {
      try {
        if (task.scope === 'deployment') {
          held = await tryAcquireLease(payload, task.name, task.leaseMs ?? DEFAULT_LEASE_MS)
          if (!held) return
        }
        await task.run!(payload)
      } catch (error) {
        payload.logger.error({ err: error, msg: `background task ${task.name} failed` })
      } finally {
        running = null
      }
    })()
  }
  const timer = task.intervalMs ? setInterval(tick, task.intervalMs) : undefined
  const job = task.cron ? cron.schedule(task.cron, tick, { name: task.name, noOverlap: true, timezone: task.timezone }) : undefined
  if (task.runAtStart) tick()
  return async () => {
    if (timer) clearInterval(timer)
    if (job) {
      await job.stop()
      await job.destroy()
    }
    await running
    // Hand the lease over at once instead of letting another process wait for it to lapse.
    if (held) await releaseLease(payload, task.name).catch(() => undefined)
  }
}

/**
 * Starts every background task of the config (crons, intervals, long-lived work) in this process;
 * the returned function stops them in reverse order and waits for runs in progress.
 */
export const startBackgroundWork = async (payload: Payload): Promise<StopWork> => {
  const stops: { name: string; stop: StopWork }[] = []
  for (const task of backgroundTasksOf(payload.config)) {
    if (task.start) stops.push({ name: `${task.name} (start)`, stop: await task.start(payload) })
    if (task.run && (task.cron || task.intervalMs || task.runAtStart)) stops.push({ name: task.name, stop: schedule(payload, task) })
  }
  return async () => {
    for (const { name, stop } of stops.reverse()) {
      try {
        await stop()
      } catch (error) {
        payload.logger.error({ err: error, msg: `stopping ${name} failed` })
      }
    }
  }
}
