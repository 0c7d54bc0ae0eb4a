import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook, CollectionConfig, Config, Payload } from 'payload'

import { answerInputRefusals } from '../errors/response'
import { addServerRoutes, serverRoutesOf } from '../server/routes'
import { apiRequestChecks } from './apiRequests'
import { withAbsentFeatureEndpoints } from './endpoints'
import { inputGuard } from './inputGuard'
import { guardOf, hasGuard, markGuard } from './marker'
import { guardPreferenceKeys, PREFERENCES_SLUG } from './preferences'
import { queryAccessGuard, type QueryGuardOptions } from './queryAccess'
import { referencedBulkDeleteGuard, referencedDeleteGuard } from './references'
import { guardFileReads } from './uploads'

const answerRefusals = markGuard('answerRefusals', answerInputRefusals)

const once = <T>(hooks: T[] | undefined, hook: T): T[] => (hasGuard(hooks, guardOf(hook)!) ? hooks! : [...(hooks ?? []), hook])

/** A collection with a guard's beforeOperation hook and the refusal answer, each unless it has it already. */
const withGuardHook = (collection: CollectionConfig, hook: CollectionBeforeOperationHook): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, afterError: once(hooks.afterError, answerRefusals), beforeOperation: once(hooks.beforeOperation, hook) },
  }
}

/** A collection whose deletes first check what must still point at the document (see `referencedDeleteGuard`). */
const withReferenceGuard = (
  collection: CollectionConfig,
  hook: CollectionBeforeDeleteHook,
  bulk: CollectionBeforeOperationHook,
): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeDelete: once(collection.hooks?.beforeDelete, hook),
    beforeOperation: once(collection.hooks?.beforeOperation, bulk),
  },
})

/**
 * Runs `install` on the sanitized config before the app's own onInit: the collections Payload
 * adds while sanitizing (preferences, locked documents, jobs, migrations) exist only then, and
 * their hooks and endpoints are read from those objects on every request.
 */
export const onSanitizedConfig = (config: Config, install: (payload: Payload) => void): Config => ({
  ...config,
  onInit: async (payload) => {
    install(payload)
    await config.onInit?.(payload)
  },
})

const updateInPlace = (collection: CollectionConfig, changed: CollectionConfig) => {
  collection.hooks = changed.hooks
  collection.endpoints = changed.endpoints
}

/** The query guard on one collection (a plugin that vouches for some of its own queries installs it itself). */
export const guardCollectionQueries = (collection: CollectionConfig, options: QueryGuardOptions = {}): CollectionConfig =>
  withGuardHook(collection, queryAccessGuard(options))

/**
 * Installs the query guard (`queryAccessGuard`) on every collection of the config, those of the
 * plugins before it and those Payload adds: no role can filter, sort or list distinct values by
 * a field it may not read. Apply it after the plugins. Installing it twice changes nothing.
 */
export const guardQueries =
  (options: QueryGuardOptions = {}) =>
  (config: Config): Config => {
    const hook = queryAccessGuard(options)
    const guard = (collection: CollectionConfig) => withGuardHook(collection, hook)
    return onSanitizedConfig({ ...config, collections: (config.collections ?? []).map(guard) }, (payload) => {
      for (const collection of payload.config.collections) updateInPlace(collection, guard(collection))
    })
  }

/**
 * Installs the checks of bad input on every collection of the config, those of the plugins before
 * it and those Payload adds, and the checks of REST requests Payload fails on before any hook
 * (see `inputGuard`, `withAbsentFeatureEndpoints`, `apiRequestChecks`): bad input is a 4xx with
 * a JSON error, never a 500; and deletes of a document that others must point at are a 409 (see
 * `referencedDeleteGuard`). Apply it after the plugins. Installing it twice changes nothing.
 */
export const guardInput =
  () =>
  (config: Config): Config => {
    const hook = inputGuard()
    const [references, bulk] = [referencedDeleteGuard(), referencedBulkDeleteGuard()]
    const guard = (collection: CollectionConfig) =>
      withAbsentFeatureEndpoints(withReferenceGuard(withGuardHook(collection, hook), references, bulk))
    let guarded: Config = { ...config, collections: (config.collections ?? []).map(guard) }
    if (!serverRoutesOf(guarded).some((route) => route.name === 'api-input-checks')) {
      guarded = addServerRoutes(guarded, [apiRequestChecks(config.routes?.api ?? '/api')])
    }
    return onSanitizedConfig(guarded, (payload) => {
      for (const collection of payload.config.collections) {
        updateInPlace(collection, guard(collection))
        if (collection.slug === PREFERENCES_SLUG) guardPreferenceKeys(collection)
        guardFileReads(collection)
      }
    })
  }
