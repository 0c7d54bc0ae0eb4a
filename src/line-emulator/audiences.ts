export type AudienceJob = {
  audienceGroupJobId: number
  audienceGroupId: number
  description?: string
  type: 'DIFF_ADD'
  jobStatus: 'FINISHED'
  audienceCount: number
  created: number
}

export type AudienceGroup = {
  audienceGroupId: number
  createRoute: 'MESSAGING_API'
  type: 'UPLOAD'
  description: string
  status: 'READY'
  audienceCount: number
  created: number
  permission: 'READ_WRITE'
  expireTimestamp: number
  isIfaAudience: false
  members: Set<string>
  jobs: AudienceJob[]
}

const EXPIRES_AFTER_S = 180 * 24 * 3600

/** Audiences uploaded by JSON (`/v2/bot/audienceGroup/upload`); narrowcast resolves them to recipients. */
export class AudienceStore {
  private groups = new Map<number, AudienceGroup>()
  private nextId = 1_000_000_000_001
  private nextJobId = 10_000_001

  create(input: { description: string; uploadDescription?: string; userIds: string[] }, now = Date.now()): AudienceGroup {
    const created = Math.floor(now / 1000)
    const group: AudienceGroup = {
      audienceGroupId: this.nextId++,
      createRoute: 'MESSAGING_API',
      type: 'UPLOAD',
      description: input.description,
      status: 'READY',
      audienceCount: 0,
      created,
      permission: 'READ_WRITE',
      expireTimestamp: created + EXPIRES_AFTER_S,
      isIfaAudience: false,
      members: new Set(),
      jobs: [],
    }
    this.groups.set(group.audienceGroupId, group)
    this.add(group, input.userIds, input.uploadDescription, now)
    return group
  }

  add(group: AudienceGroup, userIds: string[], uploadDescription: string | undefined, now = Date.now()): void {
    const before = group.members.size
    for (const id of userIds) group.members.add(id)
    group.audienceCount = group.members.size
    group.jobs.push({
      audienceGroupJobId: this.nextJobId++,
      audienceGroupId: group.audienceGroupId,
      ...(uploadDescription ? { description: uploadDescription } : {}),
      type: 'DIFF_ADD',
      jobStatus: 'FINISHED',
      audienceCount: group.members.size - before,
      created: Math.floor(now / 1000),
    })
  }

  get(id: number): AudienceGroup | undefined {
    return this.groups.get(id)
  }

  delete(id: number): boolean {
    return this.groups.delete(id)
  }

  list(): AudienceGroup[] {
    return [...this.groups.values()]
  }

  clear(): void {
    this.groups.clear()
  }
}

/** The audience as LINE returns it (members are not part of the API). */
export const publicAudience = (group: AudienceGroup) => {
  const { members: _members, jobs: _jobs, ...rest } = group
  return rest
}
