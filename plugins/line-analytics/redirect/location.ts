/** Characters a Location header may carry as they are; `%` only as the start of an escape. */
const UNSAFE = /(?:[^\x21\x23-\x3B\x3D\x3F-\x5F\x61-\x7A\x7C\x7E]|%(?:[^0-9A-Fa-f]|[0-9A-Fa-f][^0-9A-Fa-f]|$))+/g
const LONE_SURROGATE = /(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD800-\uDBFF]([^\uDC00-\uDFFF]|$)/g

/** Only web targets are followed, whatever a stored row says: never javascript:, data: or the like. */
const WEB_URL = /^https?:\/\/[^\s]+$/i

/**
 * A stored target as the value of a Location header, percent-encoded as browsers expect (a
 * Japanese path would otherwise be refused by Node as an invalid header), escapes already in it
 * kept; null for anything that is not a web URL.
 */
export const locationOf = (url: string): null | string =>
  WEB_URL.test(url) ? url.replace(LONE_SURROGATE, '$1\uFFFD$2').replace(UNSAFE, (part) => encodeURI(part)) : null
