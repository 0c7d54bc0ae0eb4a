import { describe, expect, it } from '@jest/globals'

import { TEST_RESIDENTS } from '@akita-dx/test-support/line'

import { DEFAULT_FIELDS, resolveOptions } from '../defaults'
import { buildDeliveryMessages } from '../messages/build'
import { validateMessages } from '../messages/validate'

const style = resolveOptions({ accentColor: '#1B5E9F', accountName: '秋田県', residents: TEST_RESIDENTS })

const build = (doc: Record<string, unknown>, extra: Partial<Parameters<typeof buildDeliveryMessages>[0]> = {}) =>
  buildDeliveryMessages({ doc, fields: DEFAULT_FIELDS, serverURL: 'https://www.pref.akita.example', style, ...extra })

describe('Flex message from a document', () => {
  const doc = {
    category: 'bosai',
    heroImage: { url: '/api/media/file/ooame.jpg' },
    links: [
      { label: '避難所マップを開く（県内全域・最新版）はこちら', url: 'https://www.pref.akita.example/bosai/map' },
      { label: '危ないリンク', url: 'javascript:alert(1)' },
    ],
    municipalities: ['akita', 'oga'],
    summary: '大雨の予報が出ています。',
    title: '大雨への備え',
  }

  it('builds a bubble with hero image, category, title, summary, places and buttons that LINE accepts', () => {
    const { messages, warnings } = build(doc, { url: 'https://www.pref.akita.example/news/1' })
    expect(validateMessages(messages)).toEqual([])
    const flex = messages[0] as any
    expect(flex.altText).toBe('【秋田県】大雨への備え')
    expect(flex.contents.hero.url).toBe('https://www.pref.akita.example/api/media/file/ooame.jpg')
    const texts = flex.contents.body.contents.map((c: any) => c.text)
    expect(texts).toEqual(['防災', '大雨への備え', '大雨の予報が出ています。', '対象地域: 秋田市・男鹿市'])
    const buttons = flex.contents.footer.contents.map((b: any) => b.action)
    expect(buttons).toEqual([
      { label: '詳しく見る', type: 'uri', uri: 'https://www.pref.akita.example/news/1' },
      { label: '避難所マップを開く（県内全域・最新版）…', type: 'uri', uri: 'https://www.pref.akita.example/bosai/map' },
    ])
    expect(warnings.join()).toContain('危ないリンク')
  })

  it('leaves out the parts a collection does not have (fields mapped to null), whatever the document holds', () => {
    const fields = { ...DEFAULT_FIELDS, category: null, heroImage: 'portrait', links: null, municipalities: null, summary: 'quote' }
    const story = { ...doc, portrait: { url: '/api/media/file/sato.jpg' }, quote: '横手から世界へ。' }
    const { messages, warnings } = build(story, { fields, url: 'https://www.pref.akita.example/stories/sato' })
    expect(warnings).toEqual([])
    const flex = messages[0] as any
    expect(flex.contents.hero.url).toBe('https://www.pref.akita.example/api/media/file/sato.jpg')
    expect(flex.contents.body.contents.map((c: any) => c.text)).toEqual(['大雨への備え', '横手から世界へ。'])
    expect(flex.contents.footer.contents.map((b: any) => b.action)).toEqual([
      { label: '詳しく見る', type: 'uri', uri: 'https://www.pref.akita.example/stories/sato' },
    ])
  })

  it('drops a non-https hero image with a warning, and adds the extra text', () => {
    const { messages, warnings } = buildDeliveryMessages({
      doc,
      extraText: '続報はLINEでお知らせします。',
      fields: DEFAULT_FIELDS,
      serverURL: 'http://localhost:3000',
      style,
    })
    expect((messages[0] as any).contents.hero).toBeUndefined()
    expect(warnings.join()).toContain('https')
    expect(messages[1]).toEqual({ text: '続報はLINEでお知らせします。', type: 'text' })
  })

  it('cuts the alt text to 1,500 characters', () => {
    const { messages } = build({ title: 'あ'.repeat(2000) })
    expect(Array.from((messages[0] as any).altText as string)).toHaveLength(1500)
    expect(validateMessages(messages)).toEqual([])
  })

  it('reads plain text out of rich text summaries', () => {
    const paragraph = (text: string) => ({ children: [{ text, type: 'text', version: 1 }], type: 'paragraph', version: 1 })
    const summary = { root: { children: [paragraph('一行目'), paragraph('二行目')], type: 'root', version: 1 } }
    const { messages } = build({ summary, title: 't' })
    expect((messages[0] as any).contents.body.contents[1].text).toBe('一行目\n二行目')
  })
})

describe('LINE limits before sending', () => {
  const bubble = (text: string) => ({
    altText: 'a',
    contents: { body: { contents: [{ text, type: 'text' }], layout: 'vertical', type: 'box' }, type: 'bubble' },
    type: 'flex',
  })

  it('refuses no messages, more than 5, an over-long text and alt text', () => {
    expect(validateMessages([])).toHaveLength(1)
    expect(validateMessages(Array(6).fill({ text: 'x', type: 'text' })).map((p) => p.path)).toEqual(['messages'])
    expect(validateMessages([{ text: 'x'.repeat(5001), type: 'text' }])[0].path).toBe('messages[0].text')
    expect(validateMessages([{ ...bubble('x'), altText: 'x'.repeat(1501) }])[0].path).toBe('messages[0].altText')
  })

  it('refuses a bubble over 30 KB and bad link and image URLs', () => {
    expect(validateMessages([bubble('字'.repeat(10_500))])[0].message).toMatch(/30KB/)
    const withLink = bubble('x') as any
    withLink.contents.footer = {
      contents: [{ action: { label: 'x', type: 'uri', uri: 'ftp://x' }, type: 'button' }],
      layout: 'vertical',
      type: 'box',
    }
    withLink.contents.hero = { type: 'image', url: 'http://insecure.example/a.jpg' }
    expect(
      validateMessages([withLink])
        .map((p) => p.path)
        .sort(),
    ).toEqual(['messages[0].contents.footer.contents[0].action.uri', 'messages[0].contents.hero.url'])
  })
})
