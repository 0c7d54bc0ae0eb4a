import type { ja } from './ja'

export const en: typeof ja = {
  'akita-core': {
    adminRequired: 'Administrator rights are required',
    bodyTooLarge: 'The request body is too large (limit {{limit}})',
    editorRequired: 'Editor rights are required',
    invalidJson: 'The body is not valid JSON',
    jsonObjectRequired: 'Send a JSON object',
    loginRequired: 'You need to log in',
    notFound: 'Not found',
    staffRequired: 'Log in with a staff account',
  },
}
