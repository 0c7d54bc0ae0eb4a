import type { CollectionConfig } from 'payload'

import { testDatabaseAdapter, testDepartments, testUsers } from '@akita-dx/test-support'
import { buildConfig } from 'payload'

import { leasesCollection, resolveOrganisation } from '../index'

/** Rows with the kinds of fields guards and rules are written over: scalars, a date, a hasMany select. */
export const Items: CollectionConfig = {
  slug: 'core-test-items',
  fields: [
    { name: 'status', type: 'select', options: ['pending', 'processing', 'done'] },
    { name: 'holder', type: 'text' },
    { name: 'attempts', type: 'number' },
    { name: 'claimedAt', type: 'date' },
    { name: 'urgent', type: 'checkbox' },
    { name: 'tags', type: 'select', hasMany: true, options: ['a', 'b', 'c', 'd'] },
  ],
}

/** The core on its own: a bare users collection, the leases, and the test rows. */
export const coreTestConfig = () =>
  buildConfig({
    collections: [testUsers, testDepartments, leasesCollection(resolveOrganisation()), Items],
    db: testDatabaseAdapter(),
    secret: 'core-test-secret',
    telemetry: false,
    typescript: { autoGenerate: false },
  })
