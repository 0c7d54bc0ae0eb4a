import { api, loginHeaders } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { makeActor, makeProfile } from './fixtures'
import { useWorkflowServer } from './workflowSetup'

describe('GET /api/staff-profiles/search', () => {
  const ctx = useWorkflowServer()
  const search = (query: string, headers = ctx.h.staff) => api(ctx.server.baseUrl, `/staff-profiles/search?${query}`, { headers })

  it('finds colleagues by a skill at a level on the same row, by qualification and by past department, saying what matched', async () => {
    const { stats, python } = ctx.skills
    const expert = await makeActor(ctx.payload, ['staff'], ctx.depts.kodomo, '統計 上級')
    await makeProfile(ctx.payload, expert, {
      pastAssignments: [{ department: ctx.depts.somu.id, from: '2019-04-01', role: '主任', until: '2022-03-31' }],
      qualifications: [{ expires: '2028-03-31', name: '統計検定2級' }],
      skills: [{ level: '4', skill: stats.id }],
    })
    // Python at Lv4 and statistics at Lv1: not a statistics Lv3, though both a skill and a level match somewhere.
    const mixed = await makeActor(ctx.payload, ['staff'], ctx.depts.kodomo, '混在 職員')
    await makeProfile(ctx.payload, mixed, {
      skills: [
        { level: '1', skill: stats.id },
        { level: '4', skill: python.id },
      ],
    })

    const bySkill = await search(`skill=${stats.id}&minLevel=3`)
    expect(bySkill.status).toBe(200)
    const names = bySkill.json.docs.map((d: any) => d.displayName)
    expect(names).toContain('統計 上級')
    expect(names).not.toContain('混在 職員')
    const hit = bySkill.json.docs.find((d: any) => d.displayName === '統計 上級')
    expect(hit).toMatchObject({ currentDepartment: '子ども・子育て支援課', matched: { skills: [{ level: 4, name: '統計解析' }] } })

    const byQualification = await search(`qualification=${encodeURIComponent('統計検定')}`)
    expect(byQualification.json.docs.map((d: any) => d.displayName)).toEqual(['統計 上級'])
    expect(byQualification.json.docs[0].matched.qualifications).toEqual([
      { expires: expect.stringMatching(/^2028-03-3/), name: '統計検定2級' },
    ])

    const byPost = await search(`department=${ctx.depts.somu.id}`)
    expect(byPost.json.docs.map((d: any) => d.displayName)).toEqual(['統計 上級'])
    expect(byPost.json.docs[0].matched.pastAssignments[0]).toMatchObject({ department: '総務課', role: '主任' })
  })

  it('finds only profiles the caller may see (公開範囲 and consent)', async () => {
    const hidden = await makeActor(ctx.payload, ['staff'], ctx.depts.kodomo, '非公開 職員')
    await makeProfile(ctx.payload, hidden, { qualifications: [{ name: '手話通訳士' }], visibility: 'self' })
    const withdrawn = await makeActor(ctx.payload, ['staff'], ctx.depts.kodomo, '撤回 職員')
    const profile = await makeProfile(ctx.payload, withdrawn, { qualifications: [{ name: '手話通訳士' }] })
    await ctx.payload.update({ collection: 'staff-profiles', data: { consentStatus: 'withdrawn' }, id: profile.id, overrideAccess: true })
    const query = `qualification=${encodeURIComponent('手話')}`
    expect((await search(query)).json).toEqual({ docs: [], totalDocs: 0 })
    const own = await search(query, await loginHeaders(ctx.server.baseUrl, hidden))
    expect(own.json.docs.map((d: any) => d.displayName)).toEqual(['非公開 職員'])
    expect((await api(ctx.server.baseUrl, `/staff-profiles/search?${query}`)).status).toBe(401)
  })

  it('answers 400 with the reason for a search it cannot run', async () => {
    const cases: [string, string, string][] = [
      ['', 'skill', 'スキル・資格・過去の所属のいずれかを指定してください'],
      ['skill=abc', 'skill', 'skill にはスキルの ID を指定してください'],
      [`skill=${ctx.skills.stats.id}&minLevel=9`, 'minLevel', 'minLevel は 1 から 5 で指定してください'],
      [`qualification=${'あ'.repeat(101)}`, 'qualification', '資格名は 100 文字以内で指定してください'],
      ['department=x1', 'department', 'department には課の ID を指定してください'],
    ]
    for (const [query, field, message] of cases) {
      const res = await search(query)
      expect(res.status).toBe(400)
      expect(res.json.errors[0]).toEqual({ field, message })
    }
  })
})
