/** The talent bank's server components, referenced from the admin as `@akita-dx/plugin-talent-bank/rsc#…`. */
export { MatchDecision } from '../components/MatchDecision'
export { RequestPanel } from '../components/RequestPanel'
export { TrackRecord } from '../components/TrackRecord'
