/** Public origin of the test config; kept apart from the config so importing it never boots a database adapter. */
export const PUBLIC_URL = 'https://www.pref.akita.example'
