import { useConfig } from '@payloadcms/ui'

/** Base path of Payload's REST API as configured (`/api` by default). */
export const useApiBase = (): string => {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
}

/** The message of an error answer (`{ errors: [{ message }] }`, the shape of every endpoint here). */
export const errorOf = (body: unknown, status: number): string =>
  (body as { errors?: { message?: string }[] })?.errors?.[0]?.message ?? `HTTP ${status}`
