import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { selectOptions } from '../residents/options'
import { municipalAccess } from '../segments/scopedAccess'
import { label } from '../translations'
import type { ResolvedLineOptions } from '../types'

/**
 * Residents who follow the official account and what they declared. Written by the webhook
 * only; editors see attributes and counts, never the LINE user ids (admins do, for support), and
 * a municipal office's editors only the followers registered in their municipality.
 */
export const subscribersCollection = (options: ResolvedLineOptions): CollectionConfig => {
  const { organisation, residents } = options
  return {
    slug: SLUGS.subscribers,
    access: { create: nobody, delete: organisation.isAdmin, read: municipalAccess(options, 'municipality'), update: organisation.isAdmin },
    admin: {
      defaultColumns: ['municipality', 'ageBand', 'interests', 'followState', 'followedAt'],
      description: label('subscribersHelp'),
      group: options.adminGroup,
    },
    fields: [
      {
        name: 'lineUserId',
        type: 'text',
        access: { read: organisation.isAdminField, update: () => false },
        admin: { readOnly: true },
        index: true,
        label: label('subscriberLineUserId'),
        required: true,
        unique: true,
      },
      {
        name: 'followState',
        type: 'select',
        defaultValue: 'following',
        index: true,
        label: label('subscriberFollowState'),
        options: [
          { label: label('followFollowing'), value: 'following' },
          { label: label('followBlocked'), value: 'blocked' },
        ],
        required: true,
      },
      { name: 'followedAt', type: 'date', label: label('subscriberFollowedAt') },
      { name: 'unfollowedAt', type: 'date', label: label('subscriberUnfollowedAt') },
      {
        name: 'municipality',
        type: 'select',
        index: true,
        label: label('subscriberMunicipality'),
        options: selectOptions(residents.municipalities),
      },
      { name: 'ageBand', type: 'select', index: true, label: label('subscriberAgeBand'), options: selectOptions(residents.ageBands) },
      {
        name: 'interests',
        type: 'select',
        hasMany: true,
        index: true,
        label: label('subscriberInterests'),
        options: selectOptions(residents.interests),
      },
      {
        name: 'language',
        type: 'select',
        defaultValue: 'ja',
        label: label('subscriberLanguage'),
        options: [
          { label: '日本語', value: 'ja' },
          { label: 'English', value: 'en' },
        ],
      },
      { name: 'consentAt', type: 'date', label: label('subscriberConsentAt') },
      { name: 'consentVersion', type: 'text', admin: { readOnly: true }, label: label('subscriberConsentVersion') },
      {
        name: 'registrationStep',
        type: 'select',
        admin: { position: 'sidebar', readOnly: true },
        label: label('subscriberRegistrationStep'),
        options: [
          { label: label('stepRegion'), value: 'region' },
          { label: label('stepMunicipality'), value: 'municipality' },
          { label: label('stepAgeBand'), value: 'ageBand' },
          { label: label('stepInterests'), value: 'interests' },
        ],
      },
    ],
    labels: { plural: label('subscribersPlural'), singular: label('subscribersSingular') },
  }
}
