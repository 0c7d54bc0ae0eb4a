import type { ja } from './ja'

export const en: typeof ja = {
  'plugin-jgrants-import': {
    disabled: 'The jGrants import is turned off (disabled)',
    taskLabel: 'jGrants import',
  },
}
