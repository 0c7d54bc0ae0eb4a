import type { Metadata, Viewport } from 'next'

import React from 'react'

import { PortalShell } from '../../portal/components/PortalShell'
import { SITE_NAME } from '../../portal/metadata'
import './portal.css'

export const metadata: Metadata = { title: SITE_NAME }
export const viewport: Viewport = { initialScale: 1, themeColor: '#0b5394', width: 'device-width' }

/** The founders' portal: its own root layout, Japanese, no admin code, no client JavaScript of its own. */
const PortalLayout = ({ children }: { children: React.ReactNode }) => <PortalShell>{children}</PortalShell>

export default PortalLayout
