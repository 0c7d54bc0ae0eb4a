import type { CollectionConfig } from 'payload'

import type { SanitizedIdeaBoxConfig } from '../types'

import { isStaff, nobody } from '../../../src/access'
import { adminOrOwn } from '../access'
import { ADMIN_GROUP, IDEA_VOTES, IDEAS } from '../constants'
import { duplicateAsConflict } from '../hooks/duplicateAsConflict'
import { vetAuthorQueries } from '../hooks/ideas/vetAuthorQueries'
import { countVote, guardVoteWithdrawal, prepareVote, uncountVote } from '../hooks/votes'
import { ownerField } from './shared'

/** Who voted for what is visible to the voter and admins only; colleagues see the count. */
export const buildIdeaVotes = (options: SanitizedIdeaBoxConfig): CollectionConfig => ({
  slug: IDEA_VOTES,
  access: {
    create: options.disabled ? nobody : isStaff,
    delete: options.disabled ? nobody : adminOrOwn('voter'),
    read: adminOrOwn('voter'),
    update: nobody,
  },
  admin: {
    defaultColumns: ['idea', 'voter', 'createdAt'],
    group: ADMIN_GROUP,
  },
  fields: [
    {
      name: 'idea',
      type: 'relationship',
      index: true,
      label: { en: 'Idea', ja: '提案' },
      relationTo: IDEAS,
      required: true,
    },
    ownerField('voter', { en: 'Voter', ja: '投票者' }),
  ],
  hooks: options.disabled
    ? { beforeOperation: [vetAuthorQueries({ onIdeas: false })] }
    : {
        beforeOperation: [vetAuthorQueries({ onIdeas: false })],
        afterChange: [countVote()],
        afterDelete: [uncountVote()],
        afterError: [duplicateAsConflict(['idea_id', 'voter_id'], 'この提案には既に投票しています')],
        beforeChange: [prepareVote(options)],
        beforeDelete: [guardVoteWithdrawal()],
      },
  // The database refuses a second vote by the same person, however many requests race.
  indexes: [{ fields: ['idea', 'voter'], unique: true }],
  labels: {
    plural: { en: 'Votes', ja: '投票' },
    singular: { en: 'Vote', ja: '投票' },
  },
})
