import type { Express } from 'express'

/**
 * Payload decodes path parameters with decodeURIComponent, which throws on a broken escape
 * (`/subsidies/%E0%A4`) and would surface as a 500. Such a path names no document: 404 first.
 */
export const rejectMalformedPaths = (app: Express, prefix: string) => {
  app.use(prefix, (req, res, next) => {
    try {
      decodeURIComponent(req.path)
      next()
    } catch {
      res
        .status(404)
        .set({ 'access-control-allow-origin': '*', 'cache-control': 'no-store' })
        .json({ details: [{ message: 'malformed percent-encoding in the path', parameter: 'slug' }], error: 'Not found' })
    }
  })
}
