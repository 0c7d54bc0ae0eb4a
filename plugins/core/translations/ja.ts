export const ja = {
  'akita-core': {
    adminRequired: '管理者の権限が必要です',
    bodyTooLarge: 'リクエストの本文が大きすぎます（上限 {{limit}}）',
    editorRequired: '編集者の権限が必要です',
    invalidJson: 'JSON として読めません',
    jsonObjectRequired: 'JSON オブジェクトを送ってください',
    loginRequired: 'ログインが必要です',
    notFound: '見つかりません',
    staffRequired: '職員のアカウントでログインしてください',
  },
}
