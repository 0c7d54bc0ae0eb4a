import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { messagingApi } from '@line/bot-sdk'

import { solidPng } from '../../../tests/support/png'
import type { RunningLineEmulator } from '../index'
import { api, clientsFor, failure, start, TOKEN, userIds } from './helpers'

let emulator: RunningLineEmulator
let line: ReturnType<typeof clientsFor>
let blob: messagingApi.MessagingApiBlobClient

beforeAll(async () => {
  emulator = await start()
  line = clientsFor(emulator)
  blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken: TOKEN, baseURL: emulator.url })
})
afterAll(() => emulator.stop())
beforeEach(() => emulator.state.reset())

const menu = (overrides: Partial<messagingApi.RichMenuRequest> = {}): messagingApi.RichMenuRequest => ({
  size: { width: 2500, height: 843 },
  selected: true,
  name: '県からのお知らせ',
  chatBarText: 'メニュー',
  areas: [
    { bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: 'uri', uri: 'https://www.pref.akita.lg.jp/' } },
    { bounds: { x: 1250, y: 0, width: 1250, height: 843 }, action: { type: 'message', text: 'マイデータ' } },
  ],
  ...overrides,
})

const png = (width = 2500, height = 843) => new Blob([new Uint8Array(solidPng(width, height))], { type: 'image/png' })

/** A JPEG's markers up to its frame header: all LINE reads to learn the size. */
const jpegHeader = (width: number, height: number) => {
  const sof = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ])
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])])
}

const published = async (request = menu()) => {
  const { richMenuId } = await line.messaging.createRichMenu(request)
  await blob.setRichMenuImage(richMenuId, png(request.size!.width, request.size!.height))
  return richMenuId
}

describe('rich menus through @line/bot-sdk', () => {
  it('creates a menu (richmenu-<32 hex>), reads it back and lists it, then takes its image once', async () => {
    const { richMenuId } = await line.messaging.createRichMenu(menu())
    expect(richMenuId).toMatch(/^richmenu-[0-9a-f]{32}$/)
    expect(await line.messaging.getRichMenu(richMenuId)).toEqual({ richMenuId, ...menu() })
    expect((await line.messaging.getRichMenuList()).richmenus.map((m) => m.richMenuId)).toEqual([richMenuId])

    await blob.setRichMenuImage(richMenuId, png())
    const again = await failure(blob.setRichMenuImage(richMenuId, png()))
    expect(again).toMatchObject({ status: 400, body: { message: 'An image has already been uploaded to the richmenu' } })
    const download = await blob.getRichMenuImageWithHttpInfo(richMenuId)
    expect(download.httpResponse.headers.get('content-type')).toBe('image/png')
    const chunks: Buffer[] = []
    for await (const part of download.body) chunks.push(Buffer.from(part as Uint8Array))
    expect(Buffer.concat(chunks).equals(solidPng(2500, 843))).toBe(true)
  })

  it('refuses a menu outside LINE’s sizes, a chat bar text over 14, an area outside it, and 21 areas, naming each', async () => {
    const tooNarrow = await failure(line.messaging.createRichMenu(menu({ size: { width: 700, height: 250 } })))
    expect(tooNarrow.status).toBe(400)
    expect(tooNarrow.body.details).toEqual(
      expect.arrayContaining([
        { message: 'must be between 800 and 2500', property: 'size.width' },
        { message: 'must be inside the rich menu', property: 'areas[0].bounds' },
      ]),
    )
    const tooTall = await failure(line.messaging.createRichMenu(menu({ size: { width: 1200, height: 1000 }, areas: [] })))
    expect(tooTall.body.details).toEqual([{ message: 'width / height must be greater than or equal to 1.45', property: 'size' }])
    const chatBar = await failure(line.messaging.createRichMenu(menu({ chatBarText: 'あ'.repeat(15) })))
    expect(chatBar.body.details).toEqual([expect.objectContaining({ property: 'chatBarText' })])
    const area = menu().areas![0]
    const many = await failure(line.messaging.createRichMenu(menu({ areas: Array.from({ length: 21 }, () => area) })))
    expect(many.body.details).toEqual([{ message: 'Size must be between 0 and 20', property: 'areas' }])
    const missing = await failure(line.messaging.createRichMenu({ size: { width: 2500, height: 843 }, areas: [] } as never))
    expect(missing.body.details).toEqual(
      expect.arrayContaining(['selected', 'name', 'chatBarText'].map((property) => ({ message: 'must be specified', property }))),
    )
    expect(emulator.state.richMenus.size).toBe(0)
    expect((await line.messaging.validateRichMenuObjectWithHttpInfo(menu())).httpResponse.status).toBe(200)
    expect((await failure(line.messaging.validateRichMenuObject(menu({ chatBarText: 'x'.repeat(15) })))).status).toBe(400)
    expect(emulator.state.richMenus.size).toBe(0)
  })

  it('takes only a PNG or JPEG of exactly the menu’s size, up to 1 MB', async () => {
    const { richMenuId } = await line.messaging.createRichMenu(menu())
    const wrongSize = await failure(blob.setRichMenuImage(richMenuId, png(2500, 1686)))
    expect(wrongSize).toMatchObject({
      status: 400,
      body: { message: 'The image size (2500x1686) must match the rich menu size (2500x843)' },
    })
    const gif = await failure(blob.setRichMenuImage(richMenuId, new Blob(['GIF89a'], { type: 'image/gif' })))
    expect(gif.status).toBe(415)
    const notPng = await failure(blob.setRichMenuImage(richMenuId, new Blob(['not a png'], { type: 'image/png' })))
    expect(notPng).toMatchObject({ status: 400, body: { message: 'The image is not a valid PNG file' } })
    const big = Buffer.concat([jpegHeader(2500, 843), Buffer.alloc(1024 * 1024)])
    const tooBig = await failure(blob.setRichMenuImage(richMenuId, new Blob([new Uint8Array(big)], { type: 'image/jpeg' })))
    expect(tooBig).toMatchObject({ status: 400, body: { message: 'The image file size must be 1MB or less' } })
    expect(emulator.state.richMenus.image(richMenuId)).toBeNull()
    await blob.setRichMenuImage(richMenuId, new Blob([new Uint8Array(jpegHeader(2500, 843))], { type: 'image/jpeg' }))
    expect(emulator.state.richMenus.image(richMenuId)).toMatchObject({ contentType: 'image/jpeg', width: 2500, height: 843 })
    const missing = await failure(blob.setRichMenuImage('richmenu-00000000000000000000000000000000', png()))
    expect(missing.status).toBe(404)
  })

  it('sets and cancels the default, which needs the image first', async () => {
    const { richMenuId: bare } = await line.messaging.createRichMenu(menu())
    const noImage = await failure(line.messaging.setDefaultRichMenu(bare))
    expect(noImage).toMatchObject({ status: 400, body: { message: 'must upload richmenu image before applying it to user' } })
    expect((await failure(line.messaging.getDefaultRichMenuId())).status).toBe(404)
    const richMenuId = await published()
    await line.messaging.setDefaultRichMenu(richMenuId)
    expect(await line.messaging.getDefaultRichMenuId()).toEqual({ richMenuId })
    await line.messaging.cancelDefaultRichMenu()
    expect((await failure(line.messaging.getDefaultRichMenuId())).body).toEqual({ message: 'no default richmenu' })
  })

  it('links one user and 500 at once, refuses 501, unlinks in bulk; a deleted menu drops its links and the default', async () => {
    const richMenuId = await published()
    const users = userIds(501, 'richmenu')
    await line.messaging.linkRichMenuIdToUser(users[0], richMenuId)
    expect(await line.messaging.getRichMenuIdOfUser(users[0])).toEqual({ richMenuId })
    const bulk = await line.messaging.linkRichMenuIdToUsersWithHttpInfo({ richMenuId, userIds: users.slice(0, 500) })
    expect(bulk.httpResponse.status).toBe(202)
    const over = await failure(line.messaging.linkRichMenuIdToUsers({ richMenuId, userIds: users }))
    expect(over.status).toBe(400)
    expect(over.body.details).toEqual([expect.objectContaining({ property: 'userIds' })])
    expect(emulator.state.richMenus.linkedTo(users[500])).toBeNull()
    await line.messaging.unlinkRichMenuIdFromUsers({ userIds: users.slice(0, 100) })
    const state = await api(emulator, '/_emulator/richmenus')
    expect(Object.keys(state.body.links)).toHaveLength(400)
    expect(state.body.richMenus[0].image).toEqual({ contentType: 'image/png', bytes: solidPng(2500, 843).length, width: 2500, height: 843 })
    expect((await failure(line.messaging.getRichMenuIdOfUser(users[0]))).body).toEqual({ message: 'the user has no richmenu' })

    await line.messaging.setDefaultRichMenu(richMenuId)
    await line.messaging.deleteRichMenu(richMenuId)
    expect(await api(emulator, '/_emulator/richmenus')).toMatchObject({ body: { richMenus: [], defaultRichMenuId: null, links: {} } })
    expect((await failure(line.messaging.getRichMenu(richMenuId))).status).toBe(404)
    expect((await failure(line.messaging.deleteRichMenu(richMenuId))).status).toBe(404)
    const gone = await failure(line.messaging.linkRichMenuIdToUsers({ richMenuId, userIds: [users[1]] }))
    expect(gone.status).toBe(404)
  })

  it('refuses a bulk link of malformed user ids and counts creates and deletes against their own hourly limits', async () => {
    const richMenuId = await published()
    const bad = await failure(line.messaging.linkRichMenuIdToUsers({ richMenuId, userIds: ['U123'] }))
    expect(bad.body).toEqual({
      message: 'The request body has 1 error(s)',
      details: [{ message: 'Invalid user ID', property: 'userIds[0]' }],
    })
    await api(emulator, '/_emulator/config', { method: 'PUT', json: { rateLimits: { richMenu: { requests: 2, perMs: 3_600_000 } } } })
    await line.messaging.createRichMenu(menu())
    expect((await failure(line.messaging.createRichMenu(menu()))).status).toBe(429)
    await line.messaging.deleteRichMenu(richMenuId)
    expect(emulator.state.richMenus.size).toBe(1)
  })
})
