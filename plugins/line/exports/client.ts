/** The LINE plugin's client components, referenced from the admin as `@akita-dx/plugin-line/client#…`. */
export { DeliveryProgress, DeliveryProgressBar } from '../components/DeliveryProgress'
export { MessagePreview } from '../components/MessagePreview'
export { SegmentCount } from '../components/SegmentCount'
export { SendOnLine } from '../components/SendOnLine'
export { DELIVERY_CREATED_EVENT } from './constants'
