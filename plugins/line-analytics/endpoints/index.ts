import type { Endpoint } from 'payload'

import type { ResolvedAnalyticsOptions } from '../types'
import { deliveryEndpoint, refreshInsightEndpoint } from './deliveries'
import { documentEndpoint, segmentEndpoint } from './documents'
import { exportEndpoint, summaryEndpoint } from './summary'

/** The plugin's REST endpoints, all for editors and admins; errors are `{ errors: [{ message, field? }] }`. */
export const analyticsEndpoints = (options: ResolvedAnalyticsOptions): Endpoint[] => [
  deliveryEndpoint(options),
  refreshInsightEndpoint(options),
  summaryEndpoint(options),
  exportEndpoint(options),
  documentEndpoint(options),
  segmentEndpoint(options),
]
