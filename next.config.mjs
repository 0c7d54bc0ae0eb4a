import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The express server in front of Next owns /healthz, the LINE webhook and /l/:code.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
