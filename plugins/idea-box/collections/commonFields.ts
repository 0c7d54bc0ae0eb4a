import type { Organisation } from '@akita-dx/plugin-core'
import type { Field } from 'payload'

import type { IdeaBoxKey } from '../translations'

import { neverFromInput } from '../access'
import { MODERATION_STATES } from '../constants'
import { label, optionsOf } from '../translations'

/** Field access of values the plugin derives: readable, never written by a request. */
export const derived = { create: neverFromInput, update: neverFromInput }

/** Fields every reportable item carries: its moderation state and its open-report counter. */
export const moderationFields = (organisation: Organisation): Field[] => [
  {
    name: 'moderation',
    type: 'select',
    admin: { description: label('field.moderation.description'), position: 'sidebar' },
    defaultValue: 'visible',
    index: true,
    label: label('field.moderation'),
    options: optionsOf('moderation', MODERATION_STATES),
  },
  {
    name: 'openFlagsCount',
    type: 'number',
    access: { ...derived, read: organisation.isAdminField },
    admin: { position: 'sidebar', readOnly: true },
    defaultValue: 0,
    label: label('field.openFlagsCount'),
  },
]

/** The person signed in, set by a hook whatever the request says. */
export const ownerField = (organisation: Organisation, name: string, labelKey: IdeaBoxKey, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'relationship',
    access: derived,
    admin: { position: 'sidebar', readOnly: true },
    index: true,
    label: label(labelKey),
    relationTo: organisation.users,
    ...extra,
  }) as Field

/** A relationship to a member of staff that the plugin fills in (who answered, who reviewed). */
export const staffField = (organisation: Organisation, name: string, labelKey: IdeaBoxKey, extra: Partial<Field> = {}): Field =>
  ({ name, type: 'relationship', label: label(labelKey), relationTo: organisation.users, ...extra }) as Field

/** A date the plugin stamps, shown read-only in the sidebar. */
export const stampField = (name: string, labelKey: IdeaBoxKey, extra: Partial<Field> = {}): Field =>
  ({ name, type: 'date', access: derived, admin: { position: 'sidebar', readOnly: true }, label: label(labelKey), ...extra }) as Field
