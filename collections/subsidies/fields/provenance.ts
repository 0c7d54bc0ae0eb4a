import type { Field } from 'payload'

import { isEditorField } from '../../../src/access'
import { sourceOptions } from '../options'

/**
 * Where a programme came from. Imported programmes keep jGrants' id (the upsert key) and a
 * snapshot of what the import last wrote, so the next import can tell which fields an editor has
 * changed since and leave those alone. Notes, snapshot and edited-field list are internal.
 */
export const provenanceFields: Field[] = [
  {
    name: 'provenance',
    type: 'group',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'source',
        type: 'select',
        defaultValue: 'manual',
        index: true,
        label: { en: 'Source', ja: '登録元' },
        options: sourceOptions,
        required: true,
      },
      {
        name: 'externalId',
        type: 'text',
        admin: { readOnly: true },
        index: true,
        label: { en: 'External id', ja: '外部 ID' },
        unique: true,
      },
      {
        name: 'sourceUrl',
        type: 'text',
        label: { en: 'Source URL', ja: '出典 URL' },
      },
      {
        name: 'attribution',
        type: 'text',
        label: { en: 'Attribution', ja: '出典表記' },
      },
      {
        name: 'importedAt',
        type: 'date',
        access: { read: isEditorField },
        admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
        label: { en: 'Last imported', ja: '最終取込日時' },
      },
      {
        name: 'editedFields',
        type: 'text',
        access: { read: isEditorField },
        admin: {
          description: {
            en: 'Fields changed by an editor since the import: the import no longer overwrites them',
            ja: '取込後に編集された項目。以後の取込では上書きしません',
          },
          readOnly: true,
        },
        hasMany: true,
        label: { en: 'Edited since import', ja: '編集済みの項目' },
      },
      {
        name: 'snapshot',
        type: 'json',
        access: { read: isEditorField },
        admin: { hidden: true },
        label: { en: 'Values of the last import', ja: '前回取込時の値' },
      },
      {
        name: 'note',
        type: 'textarea',
        access: { read: isEditorField },
        label: { en: 'Provenance note (internal)', ja: '出典メモ（内部用）' },
      },
    ],
    label: { en: 'Provenance', ja: '出典' },
  },
  {
    name: 'internalMemo',
    type: 'textarea',
    access: { read: isEditorField },
    admin: { position: 'sidebar' },
    label: { en: 'Internal memo', ja: '課内メモ（非公開）' },
  },
]
