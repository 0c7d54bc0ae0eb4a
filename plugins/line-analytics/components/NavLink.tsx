import type { ServerProps } from 'payload'

import React from 'react'

import { localeOf } from '../translations'

/** Sidebar link to the 「配信分析」 view. */
export const NavLink = ({ i18n, payload }: Partial<Pick<ServerProps, 'i18n' | 'payload'>>) => (
  <a
    className="nav__link"
    href={`${payload?.config.routes.admin ?? '/admin'}/line-analytics`}
    id="nav-line-analytics"
    style={{ display: 'block', padding: '4px 0' }}
  >
    <span className="nav__link-label">{localeOf(i18n).t('navLink')}</span>
  </a>
)
