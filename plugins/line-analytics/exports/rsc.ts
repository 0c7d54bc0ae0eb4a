/** The click analytics plugin's server components, referenced from the admin as `@akita-dx/plugin-line-analytics/rsc#…`. */
export { AnalyticsView } from '../components/AnalyticsView'
export { DashboardWidget } from '../components/DashboardWidget'
export { NavLink } from '../components/NavLink'
