export const ja = {
  'plugin-jgrants-import': {
    disabled: 'Jグランツ取込は無効になっています（disabled）',
    taskLabel: 'Jグランツ取込',
  },
}
