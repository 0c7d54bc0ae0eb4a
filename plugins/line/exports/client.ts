/** The LINE plugin's client components, referenced from the admin as `@akita-dx/plugin-line/client#…`. */
export { ApprovalPanel } from '../components/ApprovalPanel'
export { DeliveryProgress, DeliveryProgressBar } from '../components/DeliveryProgress'
export { MessagePreview } from '../components/MessagePreview'
export { LengthCounter } from '../components/LengthCounter'
export { LinkLine } from '../components/LinkLine'
export { SegmentCount } from '../components/SegmentCount'
export { SendOnLine } from '../components/SendOnLine'
export { DELIVERY_CREATED_EVENT } from './constants'
