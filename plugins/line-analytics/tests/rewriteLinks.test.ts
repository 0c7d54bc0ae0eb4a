import { describe, expect, it } from '@jest/globals'

import { collectMessageLinks, rewriteMessageLinks } from '../index'

const tracked = (url: string) => `https://t.example/l/${Buffer.from(url).toString('hex').slice(-10)}`

const flexCarousel = {
  altText: '秋田の観光情報',
  contents: {
    contents: [
      {
        body: {
          contents: [{ action: { label: '詳しく', type: 'uri', uri: 'https://kanko.akita.example/a' }, type: 'button' }],
          layout: 'vertical',
          type: 'box',
        },
        hero: {
          action: { type: 'uri', uri: 'https://kanko.akita.example/hero' },
          type: 'image',
          url: 'https://img.akita.example/hero.jpg',
        },
        type: 'bubble',
      },
      {
        footer: {
          contents: [
            {
              action: {
                altUri: { desktop: 'https://kanko.akita.example/pc' },
                label: 'PC',
                type: 'uri',
                uri: 'https://kanko.akita.example/b',
              },
              type: 'button',
            },
            { action: { label: '電話', type: 'uri', uri: 'tel:0188601111' }, type: 'button' },
            { action: { data: 'x=1', type: 'postback' }, type: 'button' },
          ],
          layout: 'vertical',
          type: 'box',
        },
        type: 'bubble',
      },
    ],
    type: 'carousel',
  },
  type: 'flex',
}

describe('rewriteMessageLinks', () => {
  it('replaces uri actions anywhere in a flex carousel, keeps images, tel: and postbacks', () => {
    const [out] = rewriteMessageLinks([flexCarousel], tracked) as (typeof flexCarousel)[]
    const json = JSON.stringify(out)
    for (const url of [
      'https://kanko.akita.example/a',
      'https://kanko.akita.example/hero',
      'https://kanko.akita.example/b',
      'https://kanko.akita.example/pc',
    ]) {
      expect(json).not.toContain(`"${url}"`)
      expect(json).toContain(tracked(url))
    }
    expect(json).toContain('https://img.akita.example/hero.jpg')
    expect(json).toContain('tel:0188601111')
    expect(json).toContain('"data":"x=1"')
    // The input is not changed.
    expect(JSON.stringify(flexCarousel)).toContain('"https://kanko.akita.example/a"')
  })

  it('replaces imagemap links and template and quick-reply actions', () => {
    const imagemap = {
      actions: [
        { area: { height: 520, width: 520, x: 0, y: 0 }, linkUri: 'https://bosai.akita.example/map', type: 'uri' },
        { area: { height: 520, width: 520, x: 520, y: 0 }, text: '避難所', type: 'message' },
      ],
      altText: '避難所マップ',
      baseSize: { height: 1040, width: 1040 },
      baseUrl: 'https://img.akita.example/imagemap',
      type: 'imagemap',
    }
    const template = {
      altText: '移住相談',
      quickReply: { items: [{ action: { label: 'サイト', type: 'uri', uri: 'https://iju.akita.example/' }, type: 'action' }] },
      template: { actions: [{ label: '予約', type: 'uri', uri: 'https://iju.akita.example/yoyaku' }], text: '相談会', type: 'buttons' },
      type: 'template',
    }
    const out = rewriteMessageLinks([imagemap, template], tracked) as Record<string, any>[]
    expect(out[0].actions[0].linkUri).toBe(tracked('https://bosai.akita.example/map'))
    expect(out[0].baseUrl).toBe('https://img.akita.example/imagemap')
    expect(out[1].template.actions[0].uri).toBe(tracked('https://iju.akita.example/yoyaku'))
    expect(out[1].quickReply.items[0].action.uri).toBe(tracked('https://iju.akita.example/'))
  })

  it('replaces URLs in text messages, leaves trailing punctuation and moves emoji indexes', () => {
    const body = '$ 詳しくは https://www.pref.akita.example/x?a=1. をご覧ください $'
    const text = {
      emojis: [
        { emojiId: '001', index: 0, productId: 'p' },
        { emojiId: '002', index: body.lastIndexOf('$'), productId: 'p' },
      ],
      text: body,
      type: 'text',
    }
    const [out] = rewriteMessageLinks([text], () => 'https://t.example/l/ABCDEFGH12') as (typeof text)[]
    expect(out.text).toBe('$ 詳しくは https://t.example/l/ABCDEFGH12. をご覧ください $')
    expect(out.emojis[0].index).toBe(0)
    const delta = 'https://t.example/l/ABCDEFGH12'.length - 'https://www.pref.akita.example/x?a=1'.length
    expect(out.emojis[1].index).toBe(body.lastIndexOf('$') + delta)
    expect(out.text[out.emojis[1].index]).toBe('$')
  })

  it('keeps a URL when codeFor returns undefined, and collects each URL once', () => {
    const messages = [flexCarousel, { text: 'https://kanko.akita.example/a と https://x.example/', type: 'text' }]
    expect(collectMessageLinks(messages)).toEqual([
      'https://kanko.akita.example/a',
      'https://kanko.akita.example/hero',
      'https://kanko.akita.example/b',
      'https://kanko.akita.example/pc',
      'https://x.example/',
    ])
    expect(rewriteMessageLinks(messages, () => undefined)).toEqual(messages)
  })
})
