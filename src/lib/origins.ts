/**
 * The origin the product is reached at (PUBLIC_URL's), and the origins the admin may send
 * cookie-authenticated writes from. One list serves Payload's `csrf` (a cookie from another
 * origin is not a session) and the server's Origin check in front of it.
 */
export const publicOrigin = (): string | undefined => {
  const raw = process.env.PUBLIC_URL?.trim()
  if (!raw) return undefined
  try {
    return new URL(raw).origin
  } catch {
    throw new Error(`PUBLIC_URL "${raw}" is not an absolute URL (https://cms.example.jp)`)
  }
}

/**
 * PUBLIC_URL's origin. Without it, and outside production also beside it, the local addresses
 * the server prints (`http://localhost:PORT`, `http://127.0.0.1:PORT`), so the demo and
 * development keep working out of the box.
 */
export const trustedOrigins = (): string[] => {
  const port = process.env.PORT?.trim() || '3000'
  const local = [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  const origin = publicOrigin()
  if (!origin) return local
  return process.env.NODE_ENV === 'production' ? [origin] : [...new Set([origin, ...local])]
}

/** Whether the deployment is served over https (PUBLIC_URL says so): its cookies are then always Secure. */
export const servedOverHttps = (): boolean => publicOrigin()?.startsWith('https:') ?? false
