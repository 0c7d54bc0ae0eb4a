import { describe, expect, it } from '@jest/globals'

import { propertyOf } from '../validation/errors'
import { validateRequest } from '../validation/validate'

const USER = 'U4af4980629e0c9ac35e3e7b1f0e8f4d2'

// Message objects as printed in LINE's Messaging API reference.
const docs = {
  text: { type: 'text', text: 'Hello, world' },
  emoji: {
    type: 'text',
    text: '$ LINE emoji $',
    emojis: [
      { index: 0, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' },
      { index: 13, productId: '5ac1bfd5040ab15980c9b435', emojiId: '002' },
    ],
  },
  sticker: { type: 'sticker', packageId: '446', stickerId: '1988' },
  image: { type: 'image', originalContentUrl: 'https://example.com/original.jpg', previewImageUrl: 'https://example.com/preview.jpg' },
  buttons: {
    type: 'template',
    altText: 'This is a buttons template',
    template: {
      type: 'buttons',
      thumbnailImageUrl: 'https://example.com/bot/images/image.jpg',
      imageAspectRatio: 'rectangle',
      imageSize: 'cover',
      imageBackgroundColor: '#FFFFFF',
      title: 'Menu',
      text: 'Please select',
      defaultAction: { type: 'uri', label: 'View detail', uri: 'http://example.com/page/123' },
      actions: [
        { type: 'postback', label: 'Buy', data: 'action=buy&itemid=123' },
        { type: 'postback', label: 'Add to cart', data: 'action=add&itemid=123' },
        { type: 'uri', label: 'View detail', uri: 'http://example.com/page/123' },
      ],
    },
  },
  flexBubble: {
    type: 'flex',
    altText: 'This is a Flex Message',
    contents: {
      type: 'bubble',
      body: {
        type: 'box',
        layout: 'horizontal',
        contents: [
          { type: 'text', text: 'Hello,' },
          { type: 'text', text: 'World!' },
        ],
      },
    },
  },
  flexCarousel: {
    type: 'flex',
    altText: 'this is a carousel',
    contents: {
      type: 'carousel',
      contents: [
        { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'First bubble' }] } },
        { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'Second bubble' }] } },
      ],
    },
  },
  quickReply: {
    type: 'text',
    text: 'Select your favorite food category or send me your location!',
    quickReply: {
      items: [
        { type: 'action', imageUrl: 'https://example.com/sushi.png', action: { type: 'message', label: 'Sushi', text: 'Sushi' } },
        { type: 'action', action: { type: 'location', label: 'Send location' } },
      ],
    },
  },
}

const push = (...messages: unknown[]) => validateRequest('push', { to: USER, messages })

const bubbleOfBytes = (bytes: number) => ({
  type: 'bubble',
  body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'あ'.repeat(Math.ceil(bytes / 3)) }] },
})

describe('message validation against LINE schemas and limits', () => {
  it.each(Object.entries(docs))('accepts the documented %s example', (_name, message) => {
    expect(push(message)).toBeNull()
  })

  it('accepts five messages and rejects six', () => {
    expect(push(...Array(5).fill(docs.text))).toBeNull()
    expect(push(...Array(6).fill(docs.text))).toEqual({
      message: 'The request body has 1 error(s)',
      details: [{ message: 'Size must be between 1 and 5', property: 'messages' }],
    })
  })

  it('rejects alt text over 1,500 characters and empty alt text', () => {
    expect(push({ ...docs.flexBubble, altText: 'a'.repeat(1500) })).toBeNull()
    expect(push({ ...docs.flexBubble, altText: 'a'.repeat(1501) })?.details).toEqual([
      { message: 'Length must be between 0 and 1500', property: 'messages[0].altText' },
    ])
    expect(push({ ...docs.flexBubble, altText: '' })?.details).toEqual([{ message: 'May not be empty', property: 'messages[0].altText' }])
  })

  it('rejects text over 5,000 characters', () => {
    expect(push({ type: 'text', text: '秋'.repeat(5000) })).toBeNull()
    expect(push({ type: 'text', text: '秋'.repeat(5001) })?.details).toEqual([
      { message: 'Length must be between 0 and 5000', property: 'messages[0].text' },
    ])
  })

  it('requires the fields LINE requires', () => {
    const { altText: _altText, ...withoutAlt } = docs.flexBubble
    expect(push(withoutAlt)?.details).toEqual([{ message: 'must be specified', property: 'messages[0].altText' }])
    expect(validateRequest('push', { messages: [docs.text] })?.details).toEqual([{ message: 'must be specified', property: 'to' }])
  })

  it('names the unknown message type and an invalid nested flex value', () => {
    const result = push(
      { type: 'fax' },
      { ...docs.flexBubble, contents: { type: 'bubble', body: { type: 'box', layout: 'diagonal', contents: [] } } },
    )
    expect(result?.details).toEqual([
      { message: expect.stringMatching(/^Must be one of the following values: \[text, .*flex.*\]$/), property: 'messages[0].type' },
      { message: 'Must be one of the following values: [horizontal, vertical, baseline]', property: 'messages[1].contents.body.layout' },
    ])
  })

  it('limits a carousel to 12 bubbles and 50 KB, and a bubble to 30 KB', () => {
    const bubble = docs.flexBubble.contents
    const carousel = (bubbles: unknown[]) => ({ ...docs.flexBubble, contents: { type: 'carousel', contents: bubbles } })
    expect(push(carousel(Array(12).fill(bubble)))).toBeNull()
    expect(push(carousel(Array(13).fill(bubble)))?.details).toEqual([
      { message: 'Size must be between 1 and 12', property: 'messages[0].contents.contents' },
    ])
    expect(push({ ...docs.flexBubble, contents: bubbleOfBytes(29 * 1024) })).toBeNull()
    expect(push({ ...docs.flexBubble, contents: bubbleOfBytes(31 * 1024) })?.details).toEqual([
      { message: 'The size of a bubble must be 30 KB or less', property: 'messages[0].contents' },
    ])
    expect(push(carousel(Array(3).fill(bubbleOfBytes(20 * 1024))))?.details).toEqual([
      { message: 'The size of a carousel must be 50 KB or less', property: 'messages[0].contents' },
    ])
  })

  it('limits quick reply to 13 items and template alt text to 400', () => {
    const items = Array(14).fill(docs.quickReply.quickReply.items[1])
    expect(push({ ...docs.quickReply, quickReply: { items } })?.details).toEqual([
      { message: 'Size must be between 0 and 13', property: 'messages[0].quickReply.items' },
    ])
    expect(push({ ...docs.buttons, altText: 'a'.repeat(401) })?.details).toEqual([
      { message: 'Length must be between 0 and 400', property: 'messages[0].altText' },
    ])
  })

  it('limits a confirm template to 240 characters of text and two buttons of 20 characters', () => {
    // LINE's reference example of a confirm template.
    const confirm = {
      altText: 'this is a confirm template',
      template: {
        actions: [
          { label: 'Yes', text: 'yes', type: 'message' },
          { label: 'No', text: 'no', type: 'message' },
        ],
        text: 'Are you sure?',
        type: 'confirm',
      },
      type: 'template',
    }
    expect(push(confirm)).toBeNull()
    const [yes, no] = confirm.template.actions
    expect(push({ ...confirm, template: { ...confirm.template, text: 'あ'.repeat(241) } })?.details).toEqual([
      { message: 'Length must be between 0 and 240', property: 'messages[0].template.text' },
    ])
    expect(push({ ...confirm, template: { ...confirm.template, actions: [yes, no, yes] } })?.details).toEqual([
      { message: 'Size must be between 2 and 2', property: 'messages[0].template.actions' },
    ])
    expect(push({ ...confirm, template: { ...confirm.template, actions: [yes, { ...no, label: 'い'.repeat(21) }] } })?.details).toEqual([
      { message: 'Length must be between 0 and 20', property: 'messages[0].template.actions[1].label' },
    ])
  })

  it('allows one custom aggregation unit matching ^[a-zA-Z0-9_]{1,30}$', () => {
    const multicast = (customAggregationUnits: unknown) =>
      validateRequest('multicast', { to: [USER], messages: [docs.text], customAggregationUnits })
    expect(multicast(['delivery_42'])).toBeNull()
    expect(multicast(['a', 'b'])?.details).toEqual([{ message: 'Size must be between 0 and 1', property: 'customAggregationUnits' }])
    expect(multicast(['秋田'])?.details).toEqual([
      { message: 'Must match the pattern ^[a-zA-Z0-9_]{1,30}$', property: 'customAggregationUnits[0]' },
    ])
    expect(multicast(['a'.repeat(31)])?.details?.[0].property).toBe('customAggregationUnits[0]')
  })

  it('checks user ids: multicast by entry, push by LINE message without details', () => {
    expect(validateRequest('multicast', { to: [USER, USER.toUpperCase()], messages: [docs.text] })?.details).toEqual([
      { message: 'Invalid user ID', property: 'to[1]' },
    ])
    expect(validateRequest('push', { to: 'someone', messages: [docs.text] })).toEqual({
      message: "The property, 'to', in the request body is invalid (line: -, column: -)",
    })
    expect(validateRequest('push', { to: `C${'0'.repeat(32)}`, messages: [docs.text] })).toBeNull()
  })

  it('validates narrowcast recipients and demographic filters', () => {
    const narrowcast = (body: object) => validateRequest('narrowcast', { messages: [docs.text], ...body })
    expect(
      narrowcast({
        recipient: {
          type: 'operator',
          and: [
            { type: 'audience', audienceGroupId: 5614991017776 },
            { type: 'operator', not: { type: 'audience', audienceGroupId: 4389303728991 } },
          ],
        },
        filter: {
          demographic: {
            type: 'operator',
            or: [
              { type: 'gender', oneOf: ['male'] },
              { type: 'age', gte: 'age_20', lt: 'age_25' },
            ],
          },
        },
        limit: { max: 100, upToRemainingQuota: true },
      }),
    ).toBeNull()
    expect(narrowcast({ filter: { demographic: { type: 'age', gte: 'age_21' } } })?.details?.[0].property).toBe('filter.demographic.gte')
    expect(narrowcast({ recipient: { type: 'everyone' } })?.details?.[0]).toEqual({
      message: 'Must be one of the following values: [operator, audience, redelivery]',
      property: 'recipient.type',
    })
  })

  it('writes properties the way LINE does', () => {
    expect(propertyOf('/messages/0/contents/contents/11/body')).toBe('messages[0].contents.contents[11].body')
    expect(propertyOf('', 'to')).toBe('to')
  })
})

describe('a typical announcement bubble', () => {
  it('passes with hero image, styled texts, separator, buttons and a percent-encoded Japanese URL', () => {
    const bubble = {
      type: 'flex',
      altText: '【秋田県】冬季の道路情報について',
      contents: {
        type: 'bubble',
        size: 'mega',
        hero: {
          type: 'image',
          url: 'https://www.pref.akita.lg.jp/uploads/public/hero.jpg',
          size: 'full',
          aspectRatio: '20:13',
          aspectMode: 'cover',
          action: { type: 'uri', label: '記事', uri: 'https://www.pref.akita.lg.jp/pages/archive/12345' },
        },
        body: {
          type: 'box',
          layout: 'vertical',
          spacing: 'md',
          contents: [
            { type: 'text', text: '冬季の道路情報', weight: 'bold', size: 'xl', wrap: true },
            { type: 'separator', margin: 'md' },
            {
              type: 'box',
              layout: 'baseline',
              spacing: 'sm',
              contents: [
                { type: 'text', text: '対象', color: '#aaaaaa', size: 'sm', flex: 1 },
                { type: 'text', text: '秋田市・横手市', wrap: true, color: '#666666', size: 'sm', flex: 5 },
              ],
            },
          ],
        },
        footer: {
          type: 'box',
          layout: 'vertical',
          spacing: 'sm',
          contents: [
            {
              type: 'button',
              style: 'primary',
              height: 'sm',
              action: { type: 'uri', label: '詳しく見る', uri: 'https://example.jp/r/%E7%A7%8B%E7%94%B0?utm_source=line' },
            },
            {
              type: 'button',
              style: 'link',
              height: 'sm',
              action: { type: 'postback', label: '配信設定', data: 'action=settings', displayText: '設定' },
            },
          ],
          flex: 0,
        },
      },
    }
    expect(
      validateRequest('multicast', {
        to: [USER],
        messages: [bubble, { type: 'text', text: '詳しくは県のホームページをご覧ください。' }],
        customAggregationUnits: ['announcement_12'],
      }),
    ).toBeNull()
  })
})
