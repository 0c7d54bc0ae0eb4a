import { STAFF_NOTICES } from '../constants'

/** The admin path of a person's unread notices (shared by the bell and the links sent on LINE). */
export const UNREAD_LIST = `/collections/${STAFF_NOTICES}?where[readAt][exists]=false`
