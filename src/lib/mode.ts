/**
 * Demo mode is the embedded default (no DATABASE_URI: SQLite in ./data, LINE sandbox): it seeds
 * demo data into an empty database and may create a first admin with printed credentials.
 * Anything pointed at a real database is strict. DEMO_MODE=true|false overrides.
 */
export const isDemoMode = (): boolean => {
  const explicit = process.env.DEMO_MODE?.trim().toLowerCase()
  if (explicit === 'true' || explicit === '1') return true
  if (explicit === 'false' || explicit === '0') return false
  return !process.env.DATABASE_URI?.trim()
}
