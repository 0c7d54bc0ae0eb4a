/** The click analytics plugin's client components, referenced from the admin as `@akita-dx/plugin-line-analytics/client#…`. */
export { DailyClicksChart, FollowersChart, RatesChart, StackedChart } from '../components/Charts'
export { DocumentPanel } from '../components/DocumentPanel'
export { RefreshInsightButton } from '../components/RefreshInsightButton'
export { SegmentWarning } from '../components/SegmentWarning'
