import type { ServerResponse } from 'node:http'

/** What a resident sees for a code that does not exist: never a redirect elsewhere. */
const NOT_FOUND_PAGE = Buffer.from(`<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>リンクが見つかりません</title></head>
<body style="font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.7">
<h1 style="font-size:1.3rem">リンクが見つかりません</h1>
<p>このリンクは無効か、期限が切れています。お手数ですが、LINE のメッセージをもう一度ご確認ください。</p>
<p style="color:#666;font-size:.9rem">The link you followed does not exist.</p>
</body></html>`)

const UNAVAILABLE = Buffer.from('しばらくしてからもう一度お試しください。')

/**
 * The redirect answers residents' phones, not API clients: its errors are a page and a line of
 * text they can read, not the JSON error body of the plugin's endpoints.
 */
export const sendNotFound = (res: ServerResponse) => {
  res.writeHead(404, {
    'Cache-Control': 'no-store',
    'Content-Length': String(NOT_FOUND_PAGE.length),
    'Content-Type': 'text/html; charset=utf-8',
    'X-Robots-Tag': 'noindex',
  })
  res.end(NOT_FOUND_PAGE)
}

export const sendUnavailable = (res: ServerResponse) => {
  res.writeHead(503, { 'Content-Length': String(UNAVAILABLE.length), 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' })
  res.end(UNAVAILABLE)
}

/** The 302, headers written once with no body: this is the hot path of a big send. */
export const sendRedirect = (res: ServerResponse, location: string) => {
  res.writeHead(302, {
    'Cache-Control': 'no-store, private',
    'Content-Length': '0',
    Location: location,
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex',
  })
  res.end()
}
