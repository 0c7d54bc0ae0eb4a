import type { ja } from './ja'

export const en: typeof ja = {
  'plugin-public-api': {
    atLeast: 'must be at least {{min}}',
    atMost: 'must be at most {{max}}',
    controlCharacter: 'must not contain control characters',
    deadlineCalendarName: 'Support programme deadlines',
    deadlinePeriod: 'Applications: {{period}}',
    deadlineProvider: 'Provider: {{name}}',
    deadlineSummary: 'Deadline: {{title}}',
    giveOnce: 'must be given once',
    malformedPath: 'malformed percent-encoding in the path',
    notAccepted: '"{{value}}" is not one of: {{accepted}}',
    notOneOf: 'must be one of: {{values}}',
    programmeNotFound: 'no published programme "{{slug}}"',
    searchIndexPlural: 'Search index (public programmes)',
    searchIndexSingular: 'Search index row',
    storyNotFound: 'no published story "{{slug}}"',
    subsidyFeedSubtitle: 'New and updated public support programmes: subsidies, grants, loans…',
    subsidyFeedTitle: 'New and updated support programmes',
    tooLong: 'must be at most {{max}} characters',
    unavailable: 'Service temporarily unavailable',
    unknownParameter: 'unknown parameter "{{name}}"',
    wholeNumber: 'must be a whole number',
    wildcardAlone: '"{{wildcard}}" cannot be combined with other values',
  },
}
