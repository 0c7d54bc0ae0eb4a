import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET from the environment; on the embedded demo default a random one is kept in
 * ./data so sessions survive restarts. It is never printed.
 */
export const resolvePayloadSecret = (): string => {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (process.env.NODE_ENV === 'production' && process.env.DATABASE_URI?.trim()) {
    throw new Error('PAYLOAD_SECRET must be set when DATABASE_URI points at a production database')
  }
  const file = path.resolve(process.cwd(), 'data/.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}
