import http from 'node:http'

export type Answer = { body: string; headers: http.IncomingHttpHeaders; status: number }

/** A phone in LINE's in-app browser: its taps are counted. */
export const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0'

/**
 * One request on a connection of its own, redirects not followed. fetch reuses keep-alive
 * sockets, and on a busy machine a socket the server is closing makes a tap fail before it was
 * sent; the click tests must count exactly the taps they make.
 */
export const request = (url: string, { headers = {}, method = 'GET' }: { headers?: Record<string, string>; method?: string } = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const req = http.request(url, { agent: false, headers, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ body, headers: res.headers, status: res.statusCode ?? 0 }))
    })
    req.on('error', reject)
    req.end()
  })
