import type { Field } from 'payload'

import { subsidyStatus } from '@akita-dx/plugin-public-api'

import { statusOptions } from '../options'

/** Acceptance period and the status derived from it (never typed in). */
export const scheduleFields: Field[] = [
  {
    name: 'yearRound',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    label: { en: 'Accepted all year', ja: '通年受付' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'acceptanceStart',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' } },
        index: true,
        label: { en: 'Acceptance starts', ja: '受付開始日' },
      },
      {
        name: 'acceptanceEnd',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' } },
        index: true,
        label: { en: 'Acceptance ends', ja: '受付締切日' },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
          const start = siblingData?.acceptanceStart
          if (value && start && new Date(value as string) < new Date(start as string)) {
            return '締切日は開始日以降にしてください / the end must not be before the start'
          }
          return true
        },
      },
    ],
  },
  {
    name: 'status',
    type: 'select',
    admin: {
      description: { en: 'From the dates, in Japan time', ja: '受付期間から自動で決まります（日本時間）' },
      position: 'sidebar',
      readOnly: true,
    },
    hooks: {
      afterRead: [({ siblingData }) => subsidyStatus(siblingData ?? {})],
    },
    label: { en: 'Status', ja: '募集状況' },
    options: statusOptions,
    virtual: true,
  },
]
