export const ja = {
  'plugin-notifications': {
    adminGroup: '通知',
    'notices.singular': '通知',
    'notices.plural': '通知',
    'notices.description':
      'あなた宛ての通知です（アイデアへの回答やコメント、応援依頼の打診など）。件名を押すと対象を開き、既読になります。',

    'field.recipient': '宛先',
    'field.kind': '種類',
    'field.title': '件名',
    'field.body': '内容',
    'field.url': '対象',
    'field.event': 'イベント',
    'field.key': '重複防止キー',
    'field.readAt': '既読日時',
    'field.deliveredAt': 'LINE 送信日時',
    'field.digestedAt': 'まとめ送信日時',

    'delivery.label': '通知の受け取り方',
    'delivery.description': '管理画面の通知（ベル）には常に表示されます。LINE を連携している場合は、ここで選んだ方法で LINE にも届きます。',
    'delivery.immediate': 'その都度 LINE で受け取る',
    'delivery.daily': '1日1回まとめて LINE で受け取る（毎朝8時）',
    'delivery.weekly': '週1回まとめて LINE で受け取る（月曜8時）',
    'delivery.adminOnly': '管理画面だけで確認する',

    'bell.unread': '未読の通知 {{count}} 件',
    'bell.none': '未読の通知はありません',
    'list.markAllRead': 'すべて既読にする',
    'list.marking': '既読にしています…',
    'list.marked': '{{count}} 件を既読にしました。',
    'list.unreadOnly': '未読だけを表示',
    'list.all': 'すべて表示',

    'line.open': '開く: {{url}}',
    'line.digestTitle.daily': '【職員DX】昨日からの未読の通知 {{count}} 件',
    'line.digestTitle.weekly': '【職員DX】今週の未読の通知 {{count}} 件',
    'line.digestMore': 'ほか {{count}} 件',
    'line.digestOpen': '一覧: {{url}}',

    'error.idsRequired': '既読にする通知の ids（配列）か "all": true を指定してください。',
    'error.tooManyIds': '一度に既読にできるのは {{max}} 件までです。',
    'error.notFound': '通知が見つかりません。',
    'error.disabled': '通知は現在停止しています。',
    'error.unknownUsers': 'notificationsPlugin: 利用者のコレクション {{slug}} が設定にありません。',
  },
}
