import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The express server in front of Next owns /healthz, the LINE webhook and /l/:code.
  poweredByHeader: false,
  // Metadata is rendered before the page for every client, not streamed after it: the founders'
  // portal must be whole HTML without JavaScript, its 404s included (a notFound() in
  // generateMetadata would otherwise reach the page only through client-side rendering).
  htmlLimitedBots: /.*/,
  // The 404 of every path outside the admin (app/global-not-found.tsx): with two root layouts there is no app/not-found.
  experimental: { globalNotFound: true },
  // The suite's plugins are workspace packages published as TypeScript sources here.
  transpilePackages: [
    '@akita-dx/plugin-core',
    '@akita-dx/plugin-idea-box',
    '@akita-dx/plugin-jgrants-import',
    '@akita-dx/plugin-line',
    '@akita-dx/plugin-line-analytics',
    '@akita-dx/plugin-public-api',
    '@akita-dx/plugin-talent-bank',
  ],
  // `npm run typecheck` (tsc --noEmit, strict) checks every file; the build only compiles.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
