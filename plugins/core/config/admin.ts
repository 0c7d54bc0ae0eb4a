import type { Config } from 'payload'

type Components = NonNullable<NonNullable<Config['admin']>['components']>
type ListKey =
  | 'actions'
  | 'afterDashboard'
  | 'afterLogin'
  | 'afterNavLinks'
  | 'beforeDashboard'
  | 'beforeLogin'
  | 'beforeNavLinks'
  | 'header'
  | 'providers'

/**
 * Adds admin components after the app's and other plugins' ones (component paths are the
 * package's export paths, e.g. `@akita-dx/plugin-line/client#SandboxHeader`).
 */
export const appendAdminComponents = (
  config: Config,
  added: Partial<Record<ListKey, string[]>> & { views?: Components['views'] },
): Config => {
  const components: Record<string, unknown> = { ...config.admin?.components }
  for (const [key, list] of Object.entries(added)) {
    if (key === 'views') continue
    components[key] = [...((components[key] as unknown[] | undefined) ?? []), ...(list as string[])]
  }
  if (added.views) components.views = { ...config.admin?.components?.views, ...added.views }
  return { ...config, admin: { ...config.admin, components: components as Components } }
}
