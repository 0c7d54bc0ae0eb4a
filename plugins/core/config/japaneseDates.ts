import { mapFieldsDeep } from './collections'
import { withTranslations } from './i18n'
import type { Config, Field } from 'payload'

type DateAdmin = { displayFormat?: string; pickerAppearance?: string }

/** How Japanese write each kind of date (date-fns patterns); Payload's own defaults read 「12月 3, 2026 6:24 午後」. */
const FORMATS: Record<string, string> = {
  dayAndTime: 'yyyy/MM/dd HH:mm',
  dayOnly: 'yyyy/MM/dd',
  default: 'yyyy/MM/dd HH:mm',
  monthOnly: 'yyyy/MM',
  timeOnly: 'HH:mm',
}

const withDateFormat = (field: Field): Field => {
  const admin = (field.admin ?? {}) as { date?: DateAdmin }
  if (admin.date?.displayFormat) return field
  const displayFormat = FORMATS[admin.date?.pickerAppearance ?? 'default'] ?? FORMATS.default
  return { ...field, admin: { ...admin, date: { ...admin.date, displayFormat } } } as Field
}

/** An array's rows are numbered after its singular label; without one Payload shows the field's name (「State History 01」). */
const withRowLabels = (field: Field & { label?: unknown; labels?: unknown }): Field =>
  field.labels || !field.label || typeof field.label === 'function'
    ? field
    : ({ ...field, labels: { plural: field.label, singular: field.label } } as Field)

const japanese = (fields: Field[]): Field[] =>
  mapFieldsDeep(fields, (field) => (field.type === 'date' ? withDateFormat(field) : field.type === 'array' ? withRowLabels(field) : field))

/**
 * Words Payload's Japanese translation leaves in English (a new document's title reads
 * 「[Untitled]」), and one word for a draft: it says both ドラフト and 下書き; offices say 下書き.
 */
const PAYLOAD_JA_GAPS = {
  general: { untitled: '無題' },
  version: {
    currentDraft: '現在の下書き',
    draft: '下書き',
    draftHasPublishedVersion: '下書き（公開版あり）',
    previouslyDraft: '以前は下書きでした',
    saveDraft: '下書きを保存',
  },
}

/**
 * Dates as Japanese read them (yyyy/MM/dd, with HH:mm where there is a time) and array rows
 * numbered after their label, on every date and array field of every collection and global that
 * does not say otherwise, and the words Payload's Japanese lacks. Installed last, so it reaches
 * the fields Payload's and other plugins add.
 */
export const japaneseAdminFields =
  () =>
  (config: Config): Config => ({
    ...withTranslations(config, { ja: PAYLOAD_JA_GAPS }),
    collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: japanese(collection.fields) })),
    globals: (config.globals ?? []).map((global) => ({ ...global, fields: japanese(global.fields) })),
  })
