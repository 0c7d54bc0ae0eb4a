import type { Access, CollectionAfterDeleteHook, CollectionConfig, Field, TextFieldSingleValidation, Validate } from 'payload'

import { LINE_LIMITS, SLUGS } from '../constants'
import { sendsForAll } from '../delivery/ownership'
import { isLinkScheme } from '../messages/linkScheme'
import { selectOptions } from '../residents/options'
import { label, lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'
import { STEP_TEXT_MAX } from './message'

const MAX_DAY = 365

const validUrl: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  if (value.length > LINE_LIMITS.uri) return lineT(req, 'limitUri', { max: LINE_LIMITS.uri })
  return isLinkScheme(value) || lineT(req, 'limitUriScheme')
}

/** Each step is known by its day: two steps on one day would be one message too many. */
const distinctDays: Validate = (rows: unknown, { req }) => {
  const days = (Array.isArray(rows) ? rows : []).map((row: { day?: unknown }) => Number(row?.day))
  if (days.length === 0) return lineT(req, 'stepNoSteps')
  return new Set(days).size === days.length || lineT(req, 'stepDaysRepeat')
}

const stepFields: Field[] = [
  {
    name: 'day',
    type: 'number',
    admin: { description: label('stepDayHelp'), step: 1 },
    label: label('stepDay'),
    max: MAX_DAY,
    min: 0,
    required: true,
  },
  { name: 'text', type: 'textarea', label: label('stepText'), maxLength: STEP_TEXT_MAX, required: true },
  {
    type: 'row',
    fields: [
      {
        name: 'linkLabel',
        type: 'text',
        admin: { width: '40%' },
        label: label('stepLinkLabel'),
        maxLength: LINE_LIMITS.buttonLabel,
      },
      { name: 'linkUrl', type: 'text', admin: { width: '60%' }, label: label('stepLinkUrl'), validate: validUrl },
    ],
  },
]

/** A series deleted takes its residents' progress with it (nothing refers to them). */
const dropEnrolments: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: SLUGS.stepEnrolments, req, where: { series: { equals: id } } })
}

const sortSteps = ({ data }: { data: Record<string, any> }) =>
  Array.isArray(data?.steps) ? { ...data, steps: [...data.steps].sort((a, b) => Number(a.day) - Number(b.day)) } : data

/**
 * Step series (ステップ配信): messages that follow a resident's follow or the registration of an
 * interest, day 0, 3, 7 … Account-wide like rich menus, so only admins and the departments that
 * send for all make and switch them on; every editor may read them and their figures.
 */
export const stepSeriesCollection = (options: ResolvedLineOptions): CollectionConfig => {
  const manage: Access = ({ req }) => sendsForAll(req, options)
  return {
    slug: SLUGS.stepSeries,
    access: { create: manage, delete: manage, read: options.organisation.isEditor, update: manage },
    admin: {
      defaultColumns: ['name', 'trigger', 'interest', 'active', 'updatedAt'],
      description: label('stepSeriesHelp'),
      group: options.adminGroup,
      useAsTitle: 'name',
    },
    fields: [
      { name: 'name', type: 'text', label: label('stepSeriesName'), maxLength: 100, required: true },
      {
        name: 'active',
        type: 'checkbox',
        admin: { description: label('stepActiveHelp'), position: 'sidebar' },
        defaultValue: false,
        index: true,
        label: label('stepActive'),
      },
      {
        name: 'trigger',
        type: 'radio',
        defaultValue: 'follow',
        index: true,
        label: label('stepTrigger'),
        options: [
          { label: label('stepTriggerFollow'), value: 'follow' },
          { label: label('stepTriggerInterest'), value: 'interest' },
        ],
        required: true,
      },
      {
        name: 'interest',
        type: 'select',
        admin: { condition: (data) => data?.trigger === 'interest' },
        index: true,
        label: label('stepInterest'),
        options: selectOptions(options.residents.interests),
        validate: (value: unknown, { data, req }: { data: Record<string, unknown>; req: any }) =>
          data?.trigger !== 'interest' || Boolean(value) || lineT(req, 'stepInterestRequired'),
      },
      {
        name: 'statistics',
        type: 'ui',
        admin: { components: { Field: '@akita-dx/plugin-line/rsc#StepStatistics' } },
        label: label('stepStatistics'),
      },
      {
        name: 'steps',
        type: 'array',
        admin: { components: { RowLabel: '@akita-dx/plugin-line/client#StepRowLabel' } },
        fields: stepFields,
        label: label('stepSteps'),
        maxRows: 20,
        validate: distinctDays,
      },
    ],
    hooks: { afterDelete: [dropEnrolments], beforeChange: [sortSteps] },
    labels: { plural: label('stepSeriesPlural'), singular: label('stepSeriesSingular') },
  }
}
