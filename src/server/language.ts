import type { Request } from 'express'

/**
 * The admin language of a request the server answers itself, before Payload: English for a user
 * who chose it (Payload's language cookie), Japanese otherwise, as the admin is.
 */
export const requestLanguage = (req: Request): 'en' | 'ja' => (chosenLanguage(req) === 'en' ? 'en' : 'ja')

/** The language a user picked in their account (Payload's `payload-lng` cookie), if any. */
export const chosenLanguage = (req: Request): string | undefined => /(?:^|;\s*)payload-lng=([^;]*)/.exec(req.headers.cookie ?? '')?.[1]
