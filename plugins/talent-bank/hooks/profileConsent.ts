import type { CollectionBeforeChangeHook } from 'payload'

import { badRequest } from '@akita-dx/plugin-core'

import type { ResolvedTalentBankOptions } from '../types'

import { message } from '../translations'

/**
 * Records consent (APPI: opt-in with the version of the purpose text and the date) and its
 * withdrawal. Dates come from the server, never from the request.
 */
export const recordConsent =
  (options: ResolvedTalentBankOptions): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    const now = new Date().toISOString()
    if (operation === 'create') {
      if (data.consentStatus !== 'given') throw badRequest(message(req, 'error.consentRequired'), 'consentStatus')
      // Seeds and imports (no signed-in user) may carry the historical consent record.
      if (req.user || !data.consentedAt) {
        data.consentVersion = options.consentVersion
        data.consentedAt = now
      }
      data.consentWithdrawnAt = null
      return data
    }
    if (data.consentStatus === originalDoc?.consentStatus) return data
    if (data.consentStatus === 'withdrawn') {
      data.consentWithdrawnAt = now
    } else if (data.consentStatus === 'given') {
      data.consentVersion = options.consentVersion
      data.consentedAt = now
      data.consentWithdrawnAt = null
    }
    return data
  }
