import type { CollectionConfig } from 'payload'

import { contentAccess, guardDepartment } from '../contentAccess'
import { applicationFields } from './fields/application'
import { basicsFields } from './fields/basics'
import { classificationFields } from './fields/classification'
import { derivedFields } from './fields/derived'
import { eligibilityFields } from './fields/eligibility'
import { provenanceFields } from './fields/provenance'
import { relationFields } from './fields/relations'
import { scheduleFields } from './fields/schedule'
import { computeDerived, fillSlug } from './hooks'

/** 支援制度: support programmes for founders, searchable through the public API. */
export const Subsidies: CollectionConfig = {
  slug: 'subsidies',
  access: contentAccess,
  admin: {
    defaultColumns: ['title', 'kind', 'providerName', 'acceptanceEnd', 'status', '_status'],
    group: { en: 'Founders', ja: '起業支援' },
    listSearchableFields: ['title', 'providerName', 'catchPhrase'],
    useAsTitle: 'title',
  },
  defaultSort: 'sortDeadline',
  fields: [
    {
      type: 'tabs',
      tabs: [
        { fields: basicsFields, label: { en: 'Basics', ja: '基本情報' } },
        { fields: [...classificationFields, ...eligibilityFields], label: { en: 'Who and what', ja: '対象・内容' } },
        { fields: [...scheduleFields, ...applicationFields], label: { en: 'Schedule and application', ja: '受付・申請' } },
        { fields: relationFields, label: { en: 'Related', ja: '関連' } },
      ],
    },
    ...provenanceFields,
    ...derivedFields,
  ],
  hooks: {
    beforeChange: [computeDerived],
    beforeValidate: [fillSlug, guardDepartment],
  },
  labels: {
    plural: { en: 'Support programmes', ja: '支援制度' },
    singular: { en: 'Support programme', ja: '支援制度' },
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 20,
  },
}
