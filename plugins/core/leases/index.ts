export { LEASES_SLUG, leasesCollection, withLeases } from './collection'
export { processHolderId, releaseLease, tryAcquireLease } from './lease'
