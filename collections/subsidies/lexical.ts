/**
 * Lexical editor state from plain text, for the seed and the tests' programmes: the same
 * conversion the jGrants import writes imported details with.
 */
export { lexicalFromText } from '@akita-dx/plugin-jgrants-import'
