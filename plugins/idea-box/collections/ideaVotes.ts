import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import type { ResolvedIdeaBoxOptions } from '../types'

import { ideaBoxAccess } from '../access'
import { IDEA_VOTES, IDEAS } from '../constants'
import { duplicateAsConflict } from '../hooks/duplicateAsConflict'
import { vetAuthorQueries } from '../hooks/vetAuthorQueries'
import { countVote, guardVoteWithdrawal, prepareVote, uncountVote } from '../hooks/votes'
import { label } from '../translations'
import { ownerField } from './commonFields'

/** Who voted for what is visible to the voter and admins only; colleagues see the count. */
export const buildIdeaVotes = (options: ResolvedIdeaBoxOptions): CollectionConfig => {
  const { organisation } = options
  const ownVotes = ideaBoxAccess(organisation).adminOrOwn('voter')
  return {
    slug: IDEA_VOTES,
    access: { create: organisation.isStaff, delete: ownVotes, read: ownVotes, update: nobody },
    // Staff vote with 賛成する on the idea itself; the rows are bookkeeping.
    admin: { defaultColumns: ['idea', 'voter', 'createdAt'], group: label('adminGroup'), hidden: organisation.hiddenUnlessAdmin },
    fields: [
      { name: 'idea', type: 'relationship', index: true, label: label('field.idea'), relationTo: IDEAS, required: true },
      ownerField(organisation, 'voter', 'field.voter'),
    ],
    hooks: {
      afterChange: [countVote()],
      afterDelete: [uncountVote()],
      afterError: [duplicateAsConflict(['idea_id', 'voter_id'], 'error.alreadyVoted')],
      beforeChange: [prepareVote(options)],
      beforeDelete: [guardVoteWithdrawal(organisation)],
      beforeOperation: [vetAuthorQueries(organisation, { onIdeas: false })],
    },
    // The database refuses a second vote by the same person, however many requests race.
    indexes: [{ fields: ['idea', 'voter'], unique: true }],
    labels: { plural: label('votes.plural'), singular: label('votes.singular') },
  }
}
