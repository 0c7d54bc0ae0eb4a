/** Collection slugs: the schema other code and the app's migrations rely on. */
export const SKILLS = 'skills'
export const STAFF_PROFILES = 'staff-profiles'
export const HELP_REQUESTS = 'help-requests'
export const HELP_MATCHES = 'help-matches'

// Stored option values, in the order the database enums were created with.
export const SKILL_LEVELS = ['1', '2', '3', '4', '5'] as const

export const SKILL_CATEGORIES = [
  'it',
  'data',
  'language',
  'legal',
  'pr',
  'finance',
  'planning',
  'business',
  'welfare',
  'agriculture',
  'disaster',
  'other',
] as const

export const VISIBILITY = ['self', 'hr', 'all'] as const
export type Visibility = (typeof VISIBILITY)[number]

export const AVAILABILITY = ['none', 'monthly', 'weekly'] as const
export type Availability = (typeof AVAILABILITY)[number]

export const CONSENT_STATUSES = ['given', 'withdrawn'] as const

export const APPROVALS = ['pending', 'approved', 'declined'] as const

export const REQUEST_STATUSES = ['open', 'matched', 'closed'] as const

export const MATCH_STATUSES = ['proposed', 'accepted', 'declined', 'cancelled'] as const
export type MatchStatus = (typeof MATCH_STATUSES)[number]
