import { describe, expect, it } from '@jest/globals'

import { resolveOptions } from '../defaults'

describe('plugin options', () => {
  it('fills in the documented defaults', () => {
    const options = resolveOptions()
    expect(options.flagThreshold).toBe(3)
    expect(options.maxCommentDepth).toBe(3)
    expect(options.commentEditWindowMinutes).toBe(30)
    expect(options.openVoteLimit).toBeUndefined()
    expect(options.disabled).toBe(false)
    expect(options.categories.map((c) => c.value)).toContain('digital')
  })

  it('rejects nonsense at config time', () => {
    expect(() => resolveOptions({ flagThreshold: 0 })).toThrow(/flagThreshold/)
    expect(() => resolveOptions({ openVoteLimit: 2.5 })).toThrow(/openVoteLimit/)
    expect(resolveOptions({ openVoteLimit: 5 }).openVoteLimit).toBe(5)
  })
})
