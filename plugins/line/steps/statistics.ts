import type { Payload, Where } from 'payload'

import { SLUGS } from '../constants'
import type { StepContent } from './message'

/** One step's figures: sent to, and stopped before it (unfollowed or erased their data), failed at it. */
export type StepFigures = { day: number; failed: number; sent: number; stoppedBefore: number }

export type SeriesFigures = { active: number; completed: number; enrolled: number; steps: StepFigures[] }

/**
 * A series' figures, counted from where its residents are: a step went to everyone whose last
 * step is this one or later, so the figures need no counter of their own that could drift.
 */
export const seriesFigures = async (payload: Payload, seriesId: number | string, steps: StepContent[]): Promise<SeriesFigures> => {
  const count = async (...where: Where[]) =>
    (
      await payload.count({
        collection: SLUGS.stepEnrolments,
        overrideAccess: true,
        where: { and: [{ series: { equals: seriesId } }, ...where] },
      })
    ).totalDocs
  const figures: StepFigures[] = []
  let previous = -1
  for (const step of steps) {
    const before = [{ lastDay: { greater_than_equal: previous } }, { lastDay: { less_than: step.day } }]
    figures.push({
      day: step.day,
      failed: await count({ state: { equals: 'failed' } }, ...before),
      sent: await count({ lastDay: { greater_than_equal: step.day } }),
      stoppedBefore: await count({ state: { equals: 'stopped' } }, ...before),
    })
    previous = step.day
  }
  return {
    active: await count({ state: { equals: 'active' } }),
    completed: await count({ state: { equals: 'completed' } }),
    enrolled: await count(),
    steps: figures,
  }
}
