import type { Metadata } from 'next'

import React from 'react'

import { NotFound } from '../portal/components/NotFound'
import { PortalShell } from '../portal/components/PortalShell'
import { NOT_FOUND_METADATA } from '../portal/metadata'
import './(portal)/portal.css'

export const metadata: Metadata = NOT_FOUND_METADATA

/**
 * Every 404 outside the admin, as whole HTML: the app has two root layouts (the admin's and the
 * portal's), and Next renders a not-found of a route group only with client JavaScript.
 */
const GlobalNotFound = () => (
  <PortalShell>
    <NotFound />
  </PortalShell>
)

export default GlobalNotFound
