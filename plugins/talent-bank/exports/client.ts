/** The talent bank's client components, referenced from the admin as `@akita-dx/plugin-talent-bank/client#…`. */
export { ApprovalButtons } from '../components/ApprovalButtons'
export { ProfileSearch } from '../components/ProfileSearch'
