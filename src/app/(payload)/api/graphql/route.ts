import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

// The rest of /api is served by the express server through Payload's handleEndpoints.
export const POST = GRAPHQL_POST(config)

export const OPTIONS = REST_OPTIONS(config)
