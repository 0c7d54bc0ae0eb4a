import type { Field } from 'payload'

import { adminField, neverFromInput } from '../access'
import { MODERATION_STATES } from '../constants'

/** Fields every reportable item carries: its moderation state and its open-report counter. */
export const moderationFields = (): Field[] => [
  {
    name: 'moderation',
    type: 'select',
    admin: {
      description: { en: 'Changed by administrators only', ja: '管理者だけが変更できます' },
      position: 'sidebar',
    },
    defaultValue: 'visible',
    index: true,
    label: { en: 'Moderation', ja: '公開状態' },
    options: [...MODERATION_STATES],
  },
  {
    name: 'openFlagsCount',
    type: 'number',
    access: { create: neverFromInput, read: adminField, update: neverFromInput },
    admin: { position: 'sidebar', readOnly: true },
    defaultValue: 0,
    label: { en: 'Open reports', ja: '未対応の通報' },
  },
]

/** The person signed in, set by a hook whatever the request says. */
export const ownerField = (name: string, label: { en: string; ja: string }, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'relationship',
    access: { create: neverFromInput, update: neverFromInput },
    admin: { position: 'sidebar', readOnly: true },
    index: true,
    label,
    relationTo: 'users',
    ...extra,
  }) as Field
