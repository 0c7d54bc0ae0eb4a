import type { Access } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { isAdminUser } from '../../../src/access'
import { isHrUser } from './viewer'

/** 人事 maintains the taxonomy together with admins. */
export const adminOrHr =
  (options: ResolvedTalentBankOptions): Access =>
  async ({ req }) =>
    isAdminUser(req.user) || (await isHrUser(req, options))
