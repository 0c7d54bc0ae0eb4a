import type { CollectionConfig } from 'payload'

import { SLUGS } from '../constants'
import { selectOptions } from '../residents/options'
import { segmentCountEndpoint } from '../segments/countEndpoint'
import { keepSegmentInScope, municipalAccess, ownerMunicipalityField } from '../segments/scopedAccess'
import { label } from '../translations'
import type { ResolvedLineOptions } from '../types'

/** Saved recipient rules built by editors; each delivery resolves them once. */
export const segmentsCollection = (options: ResolvedLineOptions): CollectionConfig => {
  const { organisation, residents } = options
  const ownSegments = municipalAccess(options, 'ownerMunicipality')
  return {
    slug: SLUGS.segments,
    access: { create: organisation.isEditor, delete: ownSegments, read: ownSegments, update: ownSegments },
    admin: {
      defaultColumns: ['name', 'municipalities', 'ageBands', 'interests', 'combinator'],
      group: options.adminGroup,
      useAsTitle: 'name',
    },
    endpoints: options.disabled ? [] : [segmentCountEndpoint(options)],
    fields: [
      { name: 'name', type: 'text', label: label('segmentName'), required: true, unique: true },
      { name: 'description', type: 'textarea', label: label('segmentDescription') },
      {
        name: 'municipalities',
        type: 'select',
        hasMany: true,
        defaultValue: organisation.ownMunicipalityDefault,
        filterOptions: organisation.ownMunicipalityOptions,
        label: label('segmentMunicipalities'),
        options: selectOptions(residents.municipalities),
      },
      { name: 'ageBands', type: 'select', hasMany: true, label: label('segmentAgeBands'), options: selectOptions(residents.ageBands) },
      { name: 'interests', type: 'select', hasMany: true, label: label('segmentInterests'), options: selectOptions(residents.interests) },
      {
        name: 'combinator',
        type: 'radio',
        admin: { description: label('segmentCombinatorHelp') },
        defaultValue: 'and',
        label: label('segmentCombinator'),
        options: [
          { label: label('combineAnd'), value: 'and' },
          { label: label('combineOr'), value: 'or' },
        ],
        required: true,
      },
      {
        name: 'recipientCount',
        type: 'ui',
        admin: { components: { Field: '@akita-dx/plugin-line/client#SegmentCount' } },
        label: label('segmentRecipientCount'),
      },
      ownerMunicipalityField(options),
    ],
    hooks: options.disabled ? {} : { beforeChange: [keepSegmentInScope(options)] },
    labels: { plural: label('segmentsPlural'), singular: label('segmentsSingular') },
  }
}
