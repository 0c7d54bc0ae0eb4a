import { REST_DEFAULTS } from '@akita-dx/plugin-core/express'
import express from 'express'

export type ThrottleSettings = {
  /** Failed attempts per account (e-mail) per window. */
  perAccount: number
  /** Failed attempts per client address per window (an office behind one NAT shares it: kept well above the per-account limit). */
  perIp: number
  windowMs: number
}

export type ServerSettings = {
  /** Largest request body of the REST API, uploads excepted. */
  bodyLimit: number
  /** Logins and password-reset requests. */
  login: ThrottleSettings
  /** Ceiling of `limit` on the REST API's list reads. */
  maxListLimit: number
  /** express's `trust proxy`: which hops may tell the client's address and protocol. */
  trustProxy: boolean | number | string
  /** Largest multipart body sent to an upload collection. */
  uploadBodyLimit: number
}

const UNITS: Record<string, number> = { '': 1, b: 1, gb: 1024 ** 3, kb: 1024, mb: 1024 ** 2 }

/** `1048576`, `1mb`, `500kb`: a size in bytes. */
export const parseByteSize = (name: string, raw: string | undefined, fallback: number): number => {
  const value = raw?.trim().toLowerCase()
  if (!value) return fallback
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/.exec(value)
  if (!match || Number(match[1]) <= 0) throw new Error(`${name} "${raw}" is not a size: give bytes or a size such as 500kb or 20mb`)
  return Math.floor(Number(match[1]) * UNITS[match[2] ?? ''])
}

const parseCount = (name: string, raw: string | undefined, fallback: number): number => {
  const value = raw?.trim()
  if (!value) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`${name} "${raw}" is not a positive whole number`)
  return Number(value)
}

/**
 * TRUST_PROXY as express's `trust proxy`: `false` (no proxy: the socket's address is the
 * client's), `true` (every hop: only behind a proxy that overwrites X-Forwarded-For), a number of
 * hops, or addresses and subnets (`loopback`, `10.0.0.0/8, 192.168.1.5`). Default `loopback`: a
 * proxy on the same machine.
 */
export const parseTrustProxy = (raw: string | undefined): boolean | number | string => {
  const value = raw?.trim()
  if (!value) return 'loopback'
  if (value.toLowerCase() === 'true') return true
  if (value.toLowerCase() === 'false') return false
  if (/^\d+$/.test(value)) return Number(value)
  try {
    // express compiles the list when it is set: an address it cannot read fails here, at start.
    express().set('trust proxy', value)
  } catch {
    throw new Error(`TRUST_PROXY "${raw}" is not true, false, a number of hops or a list of addresses and subnets`)
  }
  return value
}

export const LOGIN_WINDOW_MS = 15 * 60 * 1000

export const serverSettingsFromEnv = (env: NodeJS.ProcessEnv = process.env): ServerSettings => ({
  bodyLimit: parseByteSize('API_BODY_LIMIT', env.API_BODY_LIMIT, REST_DEFAULTS.bodyLimit),
  login: {
    perAccount: parseCount('LOGIN_LIMIT_PER_ACCOUNT', env.LOGIN_LIMIT_PER_ACCOUNT, 5),
    perIp: parseCount('LOGIN_LIMIT_PER_IP', env.LOGIN_LIMIT_PER_IP, 30),
    windowMs: LOGIN_WINDOW_MS,
  },
  maxListLimit: REST_DEFAULTS.maxListLimit,
  trustProxy: parseTrustProxy(env.TRUST_PROXY),
  uploadBodyLimit: parseByteSize('UPLOAD_BODY_LIMIT', env.UPLOAD_BODY_LIMIT, REST_DEFAULTS.uploadBodyLimit),
})
