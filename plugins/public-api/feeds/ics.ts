import { addJstDays } from '@akita-dx/plugin-core/shared'

import { icsDate, icsDateTime, icsDocument, icsLine, icsText } from './icsText'

/** An all-day event of a calendar (a deadline). */
export type CalendarEvent = {
  /** `YYYY-MM-DD`, a calendar day in Japan. */
  day: string
  description: string
  /** ISO instant the event last changed. */
  lastModified: string
  summary: string
  /** Stable per event: calendar apps update the event they have of it rather than adding another. */
  uid: string
  url: string
}

export type Calendar = { events: CalendarEvent[]; name: string }

const PRODID = '-//akita-dx//plugin-public-api//JA'

const eventLines = (event: CalendarEvent): string[] => [
  'BEGIN:VEVENT',
  icsLine('UID', icsText(event.uid)),
  // Without a METHOD, DTSTAMP is when the event last changed (RFC 5545 §3.8.7.2): it keeps the body, and its ETag, stable.
  icsLine('DTSTAMP', icsDateTime(event.lastModified)),
  icsLine('LAST-MODIFIED', icsDateTime(event.lastModified)),
  icsLine('DTSTART;VALUE=DATE', icsDate(event.day)),
  // DTEND of an all-day event is exclusive: the next day.
  icsLine('DTEND;VALUE=DATE', icsDate(addJstDays(event.day, 1))),
  icsLine('SUMMARY', icsText(event.summary)),
  icsLine('DESCRIPTION', icsText(event.description)),
  icsLine('URL;VALUE=URI', event.url),
  // A deadline is a reminder, not a meeting: it must not mark the day as busy.
  'TRANSP:TRANSPARENT',
  'END:VEVENT',
]

/** A VCALENDAR (RFC 5545) of all-day events, with the names Apple, Google and Outlook show for a subscribed calendar. */
export const renderCalendar = (calendar: Calendar): string =>
  icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    icsLine('X-WR-CALNAME', icsText(calendar.name)),
    'X-WR-TIMEZONE:Asia/Tokyo',
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ])
