import type { ja } from './ja'

export const en: typeof ja = {
  'plugin-notifications': {
    adminGroup: 'Notifications',
    'notices.singular': 'Notice',
    'notices.plural': 'Notices',
    'notices.description':
      'Notices for you (answers and comments on ideas, requests for your help, …). Open one by its title; it is then marked as read.',

    'field.recipient': 'Recipient',
    'field.kind': 'Kind',
    'field.title': 'Title',
    'field.body': 'Text',
    'field.url': 'About',
    'field.event': 'Event',
    'field.key': 'Deduplication key',
    'field.readAt': 'Read at',
    'field.deliveredAt': 'Sent on LINE at',
    'field.digestedAt': 'In a digest at',

    'delivery.label': 'How you receive notices',
    'delivery.description':
      'Notices always appear under the bell in the admin. If you linked your LINE, they also reach you there as chosen here.',
    'delivery.immediate': 'On LINE, one by one',
    'delivery.daily': 'On LINE, once a day (08:00)',
    'delivery.weekly': 'On LINE, once a week (Mondays 08:00)',
    'delivery.adminOnly': 'In the admin only',

    'bell.unread': '{{count}} unread notices',
    'bell.none': 'No unread notices',
    'list.markAllRead': 'Mark all as read',
    'list.marking': 'Marking as read…',
    'list.marked': '{{count}} marked as read.',
    'list.unreadOnly': 'Unread only',
    'list.all': 'Show all',

    'line.open': 'Open: {{url}}',
    'line.digestTitle.daily': '[Staff DX] {{count}} unread notices since yesterday',
    'line.digestTitle.weekly': '[Staff DX] {{count}} unread notices this week',
    'line.digestMore': 'and {{count}} more',
    'line.digestOpen': 'All: {{url}}',

    'error.idsRequired': 'Give the notices to mark as read as "ids" (an array), or "all": true.',
    'error.tooManyIds': 'At most {{max}} notices can be marked at once.',
    'error.notFound': 'No such notice.',
    'error.disabled': 'Notices are switched off.',
    'error.unknownUsers': 'notificationsPlugin: the users collection {{slug}} is not in the config.',
  },
}
