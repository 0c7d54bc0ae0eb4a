import type { CollectionConfig, Field } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { profileAccess } from '../access/profiles'
import { SKILLS, STAFF_PROFILES, VISIBILITY } from '../constants'
import { searchEndpoint } from '../endpoints/search'
import { trackRecordEndpoint } from '../endpoints/trackRecord'
import { deleteMatchesOfProfile } from '../hooks/deleteCascades'
import { recordConsent } from '../hooks/profileConsent'
import { setProfileOwner } from '../hooks/profileOwner'
import { requireExistingReferences } from '../hooks/references'
import { stampSupervisorApproval } from '../hooks/supervisorApproval'
import { label, labelWith, optionsOf } from '../translations'
import { serverSet } from './fieldAccess'
import { profileTabs } from './profileTabs'

/**
 * 職員プロフィール: one per member of staff, created by them (opt-in). Who can read it follows the
 * 公開範囲 the person chose and their consent, enforced as a query constraint in read access.
 */
export const buildStaffProfiles = (options: ResolvedTalentBankOptions): CollectionConfig => {
  const { organisation, purpose } = options
  const access = profileAccess(options)
  /** Personal fields: written by the person only (the supervisor reaches the approval fields only). */
  const personal = (field: Field): Field =>
    ({ ...field, access: { ...('access' in field ? field.access : {}), update: access.ownerField } }) as Field
  return {
    slug: STAFF_PROFILES,
    access: { create: access.create, delete: access.delete, read: access.read, update: access.update },
    admin: {
      components: options.disabled
        ? {}
        : {
            beforeListTable: [
              { clientProps: { departments: organisation.departments }, path: '@akita-dx/plugin-talent-bank/client#ProfileSearch' },
            ],
          },
      defaultColumns: ['displayName', 'currentDepartment', 'availability', 'visibility'],
      description: labelWith('profiles.description', { en: { purpose: purpose.en }, ja: { purpose: purpose.ja } }),
      group: options.adminGroup,
      useAsTitle: 'displayName',
    },
    endpoints: options.disabled ? [] : [searchEndpoint(options), trackRecordEndpoint(options)],
    fields: [
      { name: 'displayName', type: 'text', access: serverSet, admin: { readOnly: true }, label: label('field.displayName') },
      {
        name: 'user',
        type: 'relationship',
        access: serverSet,
        admin: { position: 'sidebar', readOnly: true },
        index: true,
        label: label('field.user'),
        relationTo: organisation.users,
        unique: true,
      },
      {
        name: 'currentDepartment',
        type: 'relationship',
        access: serverSet,
        admin: { position: 'sidebar', readOnly: true },
        index: true,
        label: label('field.currentDepartment'),
        relationTo: organisation.departments,
      },
      personal({
        name: 'visibility',
        type: 'select',
        admin: { position: 'sidebar' },
        defaultValue: 'self',
        index: true,
        label: label('field.visibility'),
        options: optionsOf('visibility', VISIBILITY),
        required: true,
      }),
      profileTabs(options, personal, { create: () => false, update: access.approverField }),
    ],
    hooks: {
      beforeChange: [
        requireExistingReferences([
          { array: 'skills', collection: SKILLS, field: 'skill' },
          { collection: SKILLS, field: 'interests' },
          { array: 'pastAssignments', collection: organisation.departments, field: 'department' },
        ]),
        setProfileOwner(options),
        recordConsent(options),
        stampSupervisorApproval,
      ],
      beforeDelete: [deleteMatchesOfProfile],
    },
    labels: { plural: label('profiles.plural'), singular: label('profiles.singular') },
  }
}
