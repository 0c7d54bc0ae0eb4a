import type { Access } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { isHrUser } from './viewer'

/** 人事 maintains the taxonomy together with admins. */
export const adminOrHr =
  (options: ResolvedTalentBankOptions): Access =>
  async ({ req }) =>
    options.organisation.isAdminUser(req.user) || (await isHrUser(req, options))
