import { describe, expect, it } from '@jest/globals'

import { checkTransition } from '../hooks/matchTransitions'

describe('match transitions', () => {
  it('lets the candidate accept or decline a proposal, not the department', () => {
    expect(checkTransition('proposed', 'accepted', ['candidate'])).toEqual({ ok: true })
    expect(checkTransition('proposed', 'declined', ['candidate'])).toEqual({ ok: true })
    expect(checkTransition('proposed', 'accepted', ['department'])).toMatchObject({ ok: false, status: 403 })
  })

  it('lets the department cancel its proposal, not the candidate', () => {
    expect(checkTransition('proposed', 'cancelled', ['department'])).toEqual({ ok: true })
    expect(checkTransition('proposed', 'cancelled', ['candidate'])).toMatchObject({ ok: false, status: 403 })
  })

  it('refuses moves that do not exist, whoever asks', () => {
    const back = checkTransition('declined', 'accepted', ['admin'])
    expect(back).toMatchObject({ ok: false, status: 400 })
    expect(back.ok === false && back.message).toBe('状態を「辞退」から「承諾」に変更することはできません')
    expect(checkTransition('accepted', 'proposed', ['admin', 'candidate'])).toMatchObject({ status: 400 })
  })

  it('lets either side end an accepted match, and admins do anything valid', () => {
    expect(checkTransition('accepted', 'cancelled', ['candidate'])).toEqual({ ok: true })
    expect(checkTransition('accepted', 'cancelled', ['department'])).toEqual({ ok: true })
    expect(checkTransition('proposed', 'declined', ['admin'])).toEqual({ ok: true })
  })
})
