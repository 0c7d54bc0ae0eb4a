import type { Payload } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload } from 'payload'

import type { IdeaBoxPluginConfig } from '../types'

import { Departments } from '../../../collections/Departments'
import { Users } from '../../../collections/Users'
import { databaseAdapter } from '../../../src/lib/database'
import { createApp } from '../../../src/server/createApp'
import { listen } from '../../../src/server/listen'
import { testDatabaseKind, testDatabaseUri } from '../../../tests/helpers/database'
import { ideaBoxPlugin } from '../index'

/**
 * A small app with only users, departments and the idea box configured with `options`, served
 * by the real express server. One per test file: Payload's REST handler looks the instance up
 * by its default cache key.
 */
export const bootWith = async (options: IdeaBoxPluginConfig) => {
  if (testDatabaseKind() === 'postgres') process.env.PAYLOAD_DROP_DATABASE = 'true'
  const config = buildConfig({
    collections: [Users, Departments],
    db: databaseAdapter(testDatabaseUri()),
    editor: lexicalEditor(),
    plugins: [ideaBoxPlugin(options)],
    secret: 'idea-box-options-test',
    telemetry: false,
    typescript: { autoGenerate: false },
  })
  const payload: Payload = await getPayload({ config })
  const running = await listen({ app: createApp({ payload }), host: '127.0.0.1', payload, port: 0, startBackground: false })
  return { baseUrl: running.url, close: running.close, payload }
}
