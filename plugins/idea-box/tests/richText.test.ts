import { describe, expect, it } from '@jest/globals'

import { textToLexical } from '../index'
import { plainTextOf } from '../utilities/richText'

describe('rich text', () => {
  it('turns lines into paragraphs and back, dropping blank lines', () => {
    const state = textToLexical('除雪情報を地図で見たい。\n\n  朝6時に更新してほしい。 ')
    expect(state.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    expect(plainTextOf(state)).toBe('除雪情報を地図で見たい。\n\n朝6時に更新してほしい。')
  })

  it('reads text from nested lists and tolerates empty or foreign values', () => {
    const state = {
      root: {
        children: [
          { children: [{ children: [{ text: '電子決裁', type: 'text' }], type: 'listitem' }], type: 'list' },
          { children: [{ text: 'RPA', type: 'text' }, { type: 'linebreak' }, { text: '導入', type: 'text' }], type: 'paragraph' },
        ],
        type: 'root',
      },
    }
    expect(plainTextOf(state)).toBe('電子決裁\n\nRPA\n導入')
    expect(plainTextOf(null)).toBe('')
    expect(plainTextOf('text')).toBe('')
    // Hooks see the body before Payload validates it.
    expect(plainTextOf({ root: { children: [{ children: 7, type: 'paragraph' }] } })).toBe('')
  })
})
