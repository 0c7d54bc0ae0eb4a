import type { AuditAction, AuditContext, AuditEvent } from '@akita-dx/plugin-core'

import { recordAuditEvent, recordAuditEventAfter } from '@akita-dx/plugin-core'
import { formatNumber, idOf } from '@akita-dx/plugin-core/shared'

import { SLUGS } from '../constants'
import { lineT } from '../translations'
import { deliveryStatusKey } from '../translations/statusKey'

type Delivery = { department?: unknown; documentTitle?: unknown; id?: unknown; mode?: unknown }

/** The fields a delivery's audit entries need (for `select`). */
export const AUDITED_FIELDS = { department: true, documentTitle: true, mode: true } as const

const eventOf = (action: AuditAction, delivery: Delivery, extra: Partial<AuditEvent>): AuditEvent => ({
  action,
  collection: SLUGS.deliveries,
  department: idOf(delivery.department as never) ?? null,
  documentId: delivery.id as number | string,
  documentTitle: typeof delivery.documentTitle === 'string' ? delivery.documentTitle : null,
  ...extra,
})

/** A live delivery's event in the audit log (if one is installed); test sends to one's own LINE are no event. */
export const auditDelivery = async (context: AuditContext, action: AuditAction, delivery: Delivery, extra: Partial<AuditEvent> = {}) => {
  if (delivery.mode === 'test') return
  await recordAuditEvent(context, eventOf(action, delivery, extra))
}

/** The same after the change is stored: a failed entry is logged, the stored change stands. */
export const auditDeliveryAfter = async (
  context: AuditContext,
  action: AuditAction,
  delivery: Delivery,
  extra: Partial<AuditEvent> = {},
) => {
  if (delivery.mode === 'test') return
  await recordAuditEventAfter(context, eventOf(action, delivery, extra))
}

/** How a send ended, in words for the log: 「完了（送信 1,200・失敗 3）」. */
export const finishNote = (status: string, sent: number, failed: number) =>
  lineT(undefined, 'auditFinishNote', {
    failed: formatNumber(failed),
    sent: formatNumber(sent),
    status: lineT(undefined, deliveryStatusKey(status)),
  })
