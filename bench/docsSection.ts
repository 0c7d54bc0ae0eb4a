import fs from 'node:fs'

/**
 * Writes one benchmark's section of the docs file: `section` starts with `start` and ends with
 * `end`, and replaces what stands between those markers, or is added before the marker `before`
 * (when given and present) or at the end.
 */
export const writeDocsSection = (
  docsFile: string,
  section: string,
  { before, end, start }: { before?: string; end: string; start: string },
) => {
  const current = fs.existsSync(docsFile) ? fs.readFileSync(docsFile, 'utf8') : '# Benchmarks\n'
  const next = current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
    : before && current.includes(before)
      ? current.replace(before, `${section}\n\n${before}`)
      : `${current.trimEnd()}\n\n${section}\n`
  fs.writeFileSync(docsFile, next)
  console.error(`wrote ${docsFile}`)
}
