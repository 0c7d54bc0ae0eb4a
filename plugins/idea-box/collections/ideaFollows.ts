import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import type { ResolvedIdeaBoxOptions } from '../types'

import { ideaBoxAccess } from '../access'
import { IDEA_FOLLOWS, IDEAS } from '../constants'
import { duplicateAsConflict } from '../hooks/duplicateAsConflict'
import { prepareFollow } from '../hooks/follows'
import { vetAuthorQueries } from '../hooks/vetAuthorQueries'
import { label } from '../translations'
import { ownerField } from './commonFields'

/** Who follows which idea (to hear of its answer): visible to the follower and admins only. */
export const buildIdeaFollows = (options: ResolvedIdeaBoxOptions): CollectionConfig => {
  const { organisation } = options
  const own = ideaBoxAccess(organisation).adminOrOwn('follower')
  return {
    slug: IDEA_FOLLOWS,
    access: { create: organisation.isStaff, delete: own, read: own, update: nobody },
    admin: { defaultColumns: ['idea', 'follower', 'createdAt'], group: label('adminGroup'), hidden: true },
    fields: [
      { name: 'idea', type: 'relationship', index: true, label: label('field.idea'), relationTo: IDEAS, required: true },
      ownerField(organisation, 'follower', 'field.follower'),
    ],
    hooks: {
      afterError: [duplicateAsConflict(['idea_id', 'follower_id'], 'error.alreadyFollowing')],
      beforeChange: [prepareFollow(options)],
      beforeOperation: [vetAuthorQueries(organisation, { onIdeas: false })],
    },
    indexes: [{ fields: ['idea', 'follower'], unique: true }],
    labels: { plural: label('follows.plural'), singular: label('follows.singular') },
  }
}
