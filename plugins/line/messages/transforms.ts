import type { messagingApi } from '@line/bot-sdk'
import type { Config, Payload, PayloadRequest } from 'payload'

import { attachLineOptions, lineOptionsOf } from '../options'
import type { SourceFieldMap } from '../types'

/** The document a delivery sends, loaded once (with uploads populated) for the message and every transform. */
export type DeliverySource = { collection: string; doc: Record<string, unknown>; fields: SourceFieldMap }

export type MessageTransformArgs = {
  /** The delivery being created: `collection`, `document`, `mode`, `segments`, `aggregationUnit`… (no id yet). */
  delivery: Record<string, unknown>
  messages: messagingApi.Message[]
  payload: Payload
  req: PayloadRequest
  source: DeliverySource
}

export type MessageTransformResult = {
  messages: messagingApi.Message[]
  /** Keys of rows the transform created for this delivery, handed to `onCreated` once the delivery has an id. */
  created?: string[]
}

/**
 * A change other plugins make to every new delivery's messages before they are validated against
 * LINE's limits and stored (click analytics puts tracked links in place of URLs).
 */
export type MessageTransform = {
  /** Unique name, used in logs. */
  name: string
  /** After the delivery row is written, in the same transaction: tie what `transform` created to it. */
  onCreated?: (args: {
    created: string[]
    delivery: Record<string, unknown> & { id: number | string }
    payload: Payload
    req: PayloadRequest
  }) => Promise<void>
  transform: (args: MessageTransformArgs) => Promise<MessageTransformResult>
}

/** Adds a transform to the LINE plugin of this config (install the LINE plugin first). */
export const addMessageTransform = (config: Config, transform: MessageTransform): Config => {
  const options = lineOptionsOf(config)
  return attachLineOptions(config, { ...options, transforms: [...options.transforms.filter((t) => t.name !== transform.name), transform] })
}

/** What each transform created for one delivery, in order. */
export type TransformOutcome = { created: string[]; name: string }

/** Runs the config's transforms in order on a new delivery's messages. */
export const applyTransforms = async (
  args: MessageTransformArgs,
): Promise<{ messages: messagingApi.Message[]; outcomes: TransformOutcome[] }> => {
  let messages = args.messages
  const outcomes: TransformOutcome[] = []
  for (const transform of lineOptionsOf(args.payload).transforms) {
    const result = await transform.transform({ ...args, messages })
    messages = result.messages
    if (result.created?.length) outcomes.push({ created: result.created, name: transform.name })
  }
  return { messages, outcomes }
}
