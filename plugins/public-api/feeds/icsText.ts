/**
 * The text rules of iCalendar (RFC 5545 §3.1, §3.3.11): escaped TEXT values, lines folded at
 * 75 octets and ended with CRLF.
 */

/** Octets of a line before it must be folded; a continuation line's leading space counts too. */
const LINE_OCTETS = 75

/** TEXT allows no control character but HTAB (a line break is written `\n`), and a lone surrogate is no character at all. */
const NOT_TEXT = /(?![\t\n])[\p{Cc}\p{Cs}]/gu

/** A TEXT value: line breaks as `\n`, and `\`, `;`, `,` escaped so that they are not read as separators. */
export const icsText = (value: string): string =>
  value
    .replace(/\r\n?/g, '\n')
    .replace(NOT_TEXT, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`))

const utf8Octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/**
 * A content line folded into lines of at most 75 octets of UTF-8, each continuation starting with
 * a space. It is cut between code points only: a Japanese title must not come out with a
 * character split in two (calendar apps show U+FFFD for it).
 */
export const foldLine = (line: string): string => {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!)
    if (octets + size > LINE_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join('\r\n')
}

/** A property line, `NAME;PARAM=…:value`, folded. */
export const icsLine = (name: string, value: string): string => foldLine(`${name}:${value}`)

/** A DATE-TIME in UTC (`20260301T093000Z`) of an ISO instant. */
export const icsDateTime = (iso: string): string => iso.replace(/\.\d+/, '').replace(/[-:]/g, '')

/** A DATE (`20260301`) of a `YYYY-MM-DD` day. */
export const icsDate = (day: string): string => day.replaceAll('-', '')

/** The lines of an iCalendar object, each ended with CRLF (the last one too). */
export const icsDocument = (lines: readonly string[]): string => `${lines.join('\r\n')}\r\n`
