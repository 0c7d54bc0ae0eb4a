import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestUser, ensureDepartment, loginHeaders } from '@akita-dx/test-support'
import { type RunningLineEmulator, solidPng, startEmulator, userIdFor } from '@akita-dx/test-support/line'

import { importSubscribers } from '../residents/import'
import { drainQueue } from '../webhook/queue'
import { type LineTestServer, startLineTestServer } from './helpers/boot'

type EmulatorMenus = {
  defaultRichMenuId: null | string
  links: Record<string, string>
  richMenus: { areas: unknown[]; chatBarText: string; image: null | { height: number; width: number }; richMenuId: string; size: unknown }[]
}

/**
 * Rich menus on the emulator through the SDK: refused before LINE when the image or an area
 * breaks LINE's rules, the default menu, segment menus linked in bulk with priority, a resident
 * who registers getting theirs, republishing and withdrawing, and who may do it.
 */
describe('rich menus', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  const headers: Record<'admin' | 'editor' | 'koho', Record<string, string>> = { admin: {}, editor: {}, koho: {} }
  const resident = (n: number) => userIdFor(`menu-resident-${n}`)

  const call = (who: keyof typeof headers, path: string, method = 'POST', body?: unknown) =>
    fetch(`${server.baseUrl}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: headers[who],
      method,
    }).then(async (res) => ({ body: (await res.json()) as any, status: res.status }))
  const onLine = async (): Promise<EmulatorMenus> => (await fetch(`${emu.url}/_emulator/richmenus`)).json() as Promise<EmulatorMenus>
  const image = async (width: number, height: number) => {
    const data = solidPng(width, height)
    const doc = await server.payload.create({
      collection: 'line-test-media' as 'users',
      data: {},
      file: { data, mimetype: 'image/png', name: `menu-${width}x${height}-${Date.now()}.png`, size: data.length },
      overrideAccess: true,
    } as never)
    return doc.id
  }
  const segment = (name: string, rule: Record<string, unknown>) =>
    server.payload.create({ collection: 'line-segments', data: { combinator: 'and', name, ...rule }, overrideAccess: true })
  const menu = (data: Record<string, unknown>) =>
    server.payload.create({
      collection: 'line-rich-menus' as 'users',
      data: {
        areas: [
          { action: 'uri', height: 843, label: '県のサイト', uri: 'https://www.pref.akita.example/', width: 1250, x: 0, y: 0 },
          { action: 'message', height: 843, label: '登録内容', text: 'マイデータ', width: 1250, x: 1250, y: 0 },
        ],
        chatBarText: 'メニュー',
        name: 'テストメニュー',
        ...data,
      } as never,
      overrideAccess: true,
    }) as Promise<{ id: number | string }>
  const row = (id: number | string) =>
    server.payload.findByID({ collection: 'line-rich-menus' as 'users', depth: 0, id, overrideAccess: true }) as Promise<
      Record<string, any>
    >

  const named = async (name: string) =>
    (
      (
        await server.payload.find({
          collection: 'line-rich-menus' as 'users',
          overrideAccess: true,
          where: { name: { equals: name } },
        })
      ).docs as Record<string, any>[]
    )[0]

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startLineTestServer()
    const koho = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    const kodomo = await ensureDepartment(server.payload, 'kodomo', '子ども・子育て支援課')
    for (const [who, data] of [
      ['admin', { roles: ['admin'] }],
      ['koho', { department: koho.id, roles: ['editor'] }],
      ['editor', { department: kodomo.id, roles: ['editor'] }],
    ] as const) {
      headers[who] = {
        ...(await loginHeaders(server.baseUrl, await createTestUser(server.payload, data as never))),
        'content-type': 'application/json',
      }
    }
    // Six residents: 0–2 in 横手市 (1 and 2 interested in 防災), 3–4 in 秋田市 (4 in 防災), 5 has blocked the account.
    await importSubscribers(server.payload, [
      { interests: [], lineUserId: resident(0), municipality: 'yokote' },
      { interests: ['bosai'], lineUserId: resident(1), municipality: 'yokote' },
      { interests: ['bosai'], lineUserId: resident(2), municipality: 'yokote' },
      { interests: [], lineUserId: resident(3), municipality: 'akita' },
      { interests: ['bosai'], lineUserId: resident(4), municipality: 'akita' },
      { interests: [], lineUserId: resident(5), municipality: 'yokote' },
    ])
    await server.payload.update({
      collection: 'line-subscribers',
      data: { followState: 'blocked' },
      overrideAccess: true,
      where: { lineUserId: { equals: resident(5) } },
    })
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('refuses an image or an area LINE would refuse, naming each problem, and creates nothing on LINE', async () => {
    const small = await menu({ image: await image(600, 300), name: '小さすぎる画像' })
    const refused = await call('koho', `/line-rich-menus/${small.id}/publish`)
    expect(refused.status).toBe(400)
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['image'])
    expect(refused.body.errors[0].message).toContain('幅は 800〜2500 px')
    const outside = await menu({
      areas: [{ action: 'uri', height: 900, label: 'はみ出し', uri: 'https://www.pref.akita.example/', width: 2500, x: 0, y: 0 }],
      image: await image(2500, 843),
      name: 'はみ出す領域',
    })
    const second = await call('koho', `/line-rich-menus/${outside.id}/publish`)
    expect(second.status).toBe(400)
    expect(second.body.errors).toEqual([{ message: '領域 1 が画像（2500×843 px）からはみ出しています。', path: 'areas.0.width' }])
    expect((await onLine()).richMenus).toEqual([])
    expect(await row(outside.id)).toMatchObject({ lineRichMenuId: null, publishingAt: null, status: 'draft' })
  })

  it('publishes the default menu with its image and areas, and only those who send for all may', async () => {
    const id = (await menu({ image: await image(2500, 843), name: '既定のメニュー', target: 'default' })).id
    expect((await call('editor', `/line-rich-menus/${id}/publish`)).status).toBe(403)
    const published = await call('koho', `/line-rich-menus/${id}/publish`)
    expect(published.status).toBe(200)
    const state = await onLine()
    expect(state.defaultRichMenuId).toBe(published.body.lineRichMenuId)
    const [created] = state.richMenus
    expect(created).toMatchObject({ chatBarText: 'メニュー', image: { height: 843, width: 2500 }, size: { height: 843, width: 2500 } })
    expect(created.areas).toEqual([
      {
        action: { label: '県のサイト', type: 'uri', uri: 'https://www.pref.akita.example/' },
        bounds: { height: 843, width: 1250, x: 0, y: 0 },
      },
      { action: { label: '登録内容', text: 'マイデータ', type: 'message' }, bounds: { height: 843, width: 1250, x: 1250, y: 0 } },
    ])
    expect(await row(id)).toMatchObject({ lineRichMenuId: published.body.lineRichMenuId, status: 'published' })
    // A published menu is withdrawn before it can be deleted.
    expect((await call('koho', `/line-rich-menus/${id}`, 'DELETE')).status).toBe(400)
  })

  it('LINE failing mid-publish leaves no half-made menu on LINE, keeps the error on the menu and frees it for a retry', async () => {
    const id = (await menu({ image: await image(2500, 843), name: '途中で失敗するメニュー', target: 'default' })).id
    const before = (await onLine()).defaultRichMenuId
    const faults = (body: unknown) =>
      fetch(`${emu.url}/_emulator/faults`, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, method: 'PUT' })
    await faults({ endpoints: ['setRichMenuImage'], status500: 1 })
    try {
      const failed = await call('koho', `/line-rich-menus/${id}/publish`)
      expect(failed.status).toBe(502)
      expect(failed.body.errors[0].message).toMatch(/^LINE への公開に失敗しました/)
    } finally {
      await faults({ endpoints: null, status500: 0 })
    }
    const state = await onLine()
    expect(state.richMenus.every((m) => m.image !== null)).toBe(true)
    expect(state.defaultRichMenuId).toBe(before)
    expect(await row(id)).toMatchObject({ lineRichMenuId: null, publishingAt: null, status: 'draft' })
    expect((await row(id)).lastError).toMatch(/^LINE への公開に失敗しました/)
    const retried = await call('koho', `/line-rich-menus/${id}/publish`)
    expect(retried.status).toBe(200)
    expect(await row(id)).toMatchObject({ lastError: null, status: 'published' })
    expect((await onLine()).defaultRichMenuId).toBe(retried.body.lineRichMenuId)
  })

  it('links a segment’s following residents in bulk, the higher priority winning where two segments meet', async () => {
    const yokote = await segment('横手市の住民（メニュー）', { municipalities: ['yokote'] })
    const bosai = await segment('防災に関心（メニュー）', { interests: ['bosai'] })
    const city = await menu({ image: await image(2500, 843), name: '横手市のメニュー', segment: yokote.id, target: 'segment' })
    const first = await call('koho', `/line-rich-menus/${city.id}/publish`)
    expect(first.body.linked).toBe(3)
    const disaster = await menu({ image: await image(2500, 843), name: '防災メニュー', priority: 10, segment: bosai.id, target: 'segment' })
    const second = await call('koho', `/line-rich-menus/${disaster.id}/publish`)
    expect(second.body.linked).toBe(3)
    const { links } = await onLine()
    expect(links[resident(0)]).toBe(first.body.lineRichMenuId)
    expect([links[resident(1)], links[resident(2)], links[resident(4)]]).toEqual(Array(3).fill(second.body.lineRichMenuId))
    expect(links[resident(3)]).toBeUndefined()
    expect(links[resident(5)]).toBeUndefined()

    // Withdrawn, its residents fall back to the next menu that fits them, or the default.
    expect((await call('koho', `/line-rich-menus/${disaster.id}/withdraw`)).status).toBe(200)
    const after = await onLine()
    expect(after.richMenus.map((m) => m.richMenuId)).not.toContain(second.body.lineRichMenuId)
    expect([after.links[resident(1)], after.links[resident(2)]]).toEqual([first.body.lineRichMenuId, first.body.lineRichMenuId])
    expect(after.links[resident(4)]).toBeUndefined()
    expect(await row(disaster.id)).toMatchObject({ lineRichMenuId: null, status: 'draft' })
  })

  it('a saved change waits as 変更は未反映 until it is published again, which replaces the menu on LINE', async () => {
    const cityMenu = await named('横手市のメニュー')
    const changed = await call('koho', `/line-rich-menus/${cityMenu.id}`, 'PATCH', { chatBarText: '横手市' })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.status).toBe('outdated')
    const again = await call('koho', `/line-rich-menus/${cityMenu.id}/publish`)
    expect(again.status).toBe(200)
    const state = await onLine()
    expect(state.richMenus.map((m) => m.richMenuId)).not.toContain(cityMenu.lineRichMenuId)
    expect(state.richMenus.find((m) => m.richMenuId === again.body.lineRichMenuId)?.chatBarText).toBe('横手市')
    expect(state.links[resident(0)]).toBe(again.body.lineRichMenuId)
    expect(await row(cityMenu.id)).toMatchObject({ linkedCount: 3, status: 'published' })
  })

  it('a resident who registers 横手市 on LINE gets 横手市’s menu', async () => {
    const userId = userIdFor('menu-newcomer')
    const replay = async (event: Record<string, unknown>) => {
      await fetch(`${emu.url}/_emulator/webhook/events`, {
        body: JSON.stringify({ events: [{ source: { type: 'user', userId }, ...event }] }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      await drainQueue(server.payload)
    }
    await fetch(`${emu.url}/_emulator/config`, {
      body: JSON.stringify({ webhookUrl: `${server.baseUrl}/line/webhook` }),
      headers: { 'content-type': 'application/json' },
      method: 'PUT',
    })
    await replay({ type: 'follow' })
    expect((await onLine()).links[userId]).toBeUndefined()
    await replay({ postback: { data: 'action=municipality&v=yokote' }, type: 'postback' })
    const cityMenu = await named('横手市のメニュー')
    expect((await onLine()).links[userId]).toBe(cityMenu.lineRichMenuId)
  })
})
