import type { Payload, PayloadRequest } from 'payload'

import { type StaffNotice, sendStaffNotice } from '@akita-dx/plugin-core'

import type { TalentBankKey } from '../translations'

import { message } from '../translations'

type Notice = Omit<StaffNotice, 'body' | 'title'> & { body?: unknown; title: TalentBankKey; vars: Record<string, unknown> }

/** One talent-bank notice, in Japanese whatever the acting user reads (it is stored for its recipients). */
export const tell = (context: { payload: Payload; req?: PayloadRequest }, { body, title, vars, ...notice }: Notice) =>
  sendStaffNotice(context, {
    ...notice,
    body: typeof body === 'string' ? body : null,
    title: message(undefined, title, vars),
  })
