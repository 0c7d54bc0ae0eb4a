const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * CSV with a UTF-8 byte order mark and CRLF line ends: without the BOM Excel on Windows reads
 * the file as Shift_JIS and the Japanese comes out garbled. Cells that start with = + - @ are
 * prefixed with ' so a spreadsheet never runs them as formulas.
 */
export const toCsv = (header: string[], rows: unknown[][]): string => {
  const guard = (value: unknown) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(guard(cell))).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
