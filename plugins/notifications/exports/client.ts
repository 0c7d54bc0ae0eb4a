/** The notices' client components, referenced from the admin as `@akita-dx/plugin-notifications/client#…`. */
export { NoticeBell } from '../components/NoticeBell'
export { NoticeListActions } from '../components/NoticeListActions'
export { NoticeTitleCell } from '../components/NoticeTitleCell'
