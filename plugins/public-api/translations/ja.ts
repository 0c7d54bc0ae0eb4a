export const ja = {
  'plugin-public-api': {
    atLeast: '{{min}} 以上にしてください',
    atMost: '{{max}} 以下にしてください',
    controlCharacter: '制御文字は使えません',
    giveOnce: '1 回だけ指定してください',
    malformedPath: 'パスのパーセントエンコーディングが正しくありません',
    notAccepted: '「{{value}}」は使えません。使える値: {{accepted}}',
    notOneOf: '次のいずれかにしてください: {{values}}',
    programmeNotFound: '公開中の支援制度「{{slug}}」はありません',
    storyNotFound: '公開中のロールモデル起業家「{{slug}}」はありません',
    tooLong: '{{max}} 文字以内にしてください',
    unavailable: 'ただいま利用できません。しばらくしてからもう一度お試しください',
    unknownParameter: '「{{name}}」というパラメータはありません',
    wholeNumber: '整数で指定してください',
    wildcardAlone: '「{{wildcard}}」はほかの値と一緒に指定できません',
  },
}
