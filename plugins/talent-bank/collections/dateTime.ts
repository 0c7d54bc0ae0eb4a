/**
 * Stamped instants as Japanese write them (yyyy/MM/dd HH:mm, not Payload's US default); the
 * browser's time zone applies, JST in the prefecture's offices.
 */
export const dateTimeAdmin = { date: { displayFormat: 'yyyy/MM/dd HH:mm', pickerAppearance: 'dayAndTime' as const } }

/** Calendar days (periods, qualifications) as yyyy/MM/dd: without a display format the picker shows 「1月 05」 and no year. */
export const dayOnlyAdmin = { date: { displayFormat: 'yyyy/MM/dd', pickerAppearance: 'dayOnly' as const } }
