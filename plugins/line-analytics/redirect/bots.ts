/**
 * Link-preview crawlers and bots. LINE fetches a shared URL to draw its preview with
 * `facebookexternalhit/1.1;line-poker/1.0` and `Line/… (compatible; Line-Crawler; …)`; the
 * in-app browser a resident opens links in also carries `Line/<version>`, but after
 * `Mozilla/5.0 …`, so only a user agent that *starts* with `Line/` is a crawler.
 */
const BOT_AGENTS = [
  /facebookexternalhit/i,
  /line-poker/i,
  /Line-Crawler/i,
  /^Line\//,
  /Slackbot/i,
  /Twitterbot/i,
  /Googlebot/i,
  /bingbot/i,
  /Discordbot/i,
  /TelegramBot/i,
  /WhatsApp/i,
  /Applebot/i,
  /SkypeUriPreview/i,
  /HeadlessChrome/i,
  /\b(bot|crawler|spider|preview|prefetch|monitor)\b/i,
  /^(curl|wget|python-requests|python-urllib|go-http-client|java|okhttp|axios|node-fetch|undici)\b/i,
]

export type ClickRequest = {
  headers: Record<string, string | string[] | undefined>
  method: string
}

const header = (headers: ClickRequest['headers'], name: string): string => {
  const value = headers[name]
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim()
}

/**
 * Whether a request to a tracked link is not a resident's tap: HEAD requests, browser
 * prefetch/prerender (`Purpose` / `Sec-Purpose: prefetch`, `X-Moz: prefetch`), no user agent,
 * or a known crawler. These still get the redirect; they are just not counted.
 */
export const isAutomatedRequest = ({ headers, method }: ClickRequest): boolean => {
  if (method.toUpperCase() !== 'GET') return true
  const purpose = `${header(headers, 'purpose')} ${header(headers, 'sec-purpose')} ${header(headers, 'x-purpose')} ${header(headers, 'x-moz')}`
  if (/prefetch|prerender|preview/i.test(purpose)) return true
  const agent = header(headers, 'user-agent')
  if (!agent) return true
  return BOT_AGENTS.some((pattern) => pattern.test(agent))
}
