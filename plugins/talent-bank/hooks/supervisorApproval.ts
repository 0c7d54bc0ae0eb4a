import type { CollectionBeforeChangeHook } from 'payload'

const sameDay = (a: unknown, b: unknown) => {
  const left = typeof a === 'string' && a ? Date.parse(a) : null
  const right = typeof b === 'string' && b ? Date.parse(b) : null
  return left === right
}

/**
 * Stamps who decided the supervisor approval and when. An approval covers the availability the
 * person declared, so changing it sends the approval back to 未承認.
 */
export const stampSupervisorApproval: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user) {
      data.supervisorApproval = 'pending'
      data.supervisorApprovedAt = null
      data.supervisorApprovedBy = null
    }
    return data
  }
  if (data.supervisorApproval !== originalDoc?.supervisorApproval) {
    data.supervisorApprovedBy = req.user?.id ?? null
    data.supervisorApprovedAt = new Date().toISOString()
    return data
  }
  const availabilityChanged =
    data.availability !== originalDoc?.availability ||
    (data.availabilityShare ?? null) !== (originalDoc?.availabilityShare ?? null) ||
    !sameDay(data.availableFrom, originalDoc?.availableFrom) ||
    !sameDay(data.availableUntil, originalDoc?.availableUntil)
  if (availabilityChanged && originalDoc?.supervisorApproval === 'approved') {
    data.supervisorApproval = 'pending'
    data.supervisorApprovedAt = null
    data.supervisorApprovedBy = null
  }
  return data
}
