/** The LINE plugin's server components, referenced from the admin as `@akita-dx/plugin-line/rsc#…`. */
export { SandboxBanner, SandboxHeader } from '../components/SandboxBanner'
export { AwaitingApproval } from '../components/AwaitingApproval'
export { RecentDeliveries } from '../components/RecentDeliveries'
export { StepStatistics } from '../components/StepStatistics'
