import type { messagingApi } from '@line/bot-sdk'

import { LINE_LIMITS } from '../constants'
import { truncate } from '../messages/plainText'

/** One step as editors write it: a text and, optionally, one link button. */
export type StepContent = { day: number; id?: null | string; linkLabel?: null | string; linkUrl?: null | string; text: string }

/** What a step's text may hold: shorter than LINE's 5,000, a step is read on a phone at a glance. */
export const STEP_TEXT_MAX = 1000

const ALT_TEXT_MAX = 100

/**
 * A step's message: plain text, or, with a link, a bubble of the text and one button (the button
 * is what a resident taps; a URL inside a text is easy to miss). The alt text is the text's start.
 */
export const stepMessage = (step: StepContent, accentColor: string): messagingApi.Message => {
  const text = step.text.trim()
  const url = step.linkUrl?.trim()
  if (!url) return { text, type: 'text' }
  const label = truncate(step.linkLabel?.trim() || '詳しく見る', LINE_LIMITS.buttonLabel)
  return {
    altText: truncate(text.replace(/\s+/g, ' '), ALT_TEXT_MAX),
    contents: {
      body: { contents: [{ size: 'md', text, type: 'text', wrap: true }], layout: 'vertical', type: 'box' },
      footer: {
        contents: [{ action: { label, type: 'uri', uri: url }, color: accentColor, height: 'sm', style: 'primary', type: 'button' }],
        layout: 'vertical',
        type: 'box',
      },
      type: 'bubble',
    },
    type: 'flex',
  } as messagingApi.Message
}
