'use client'
import React from 'react'

type Node = Record<string, any>

const sizes: Record<string, number> = { lg: 17, md: 14, sm: 13, xl: 19, xs: 11, xxs: 10 }

const renderNode = (node: Node, key: number | string): React.ReactNode => {
  if (!node || typeof node !== 'object') return null
  switch (node.type) {
    case 'box':
      return (
        <div
          key={key}
          style={{
            display: 'flex',
            flexDirection: node.layout === 'horizontal' ? 'row' : 'column',
            gap: node.spacing ? 8 : 0,
          }}
        >
          {(node.contents ?? []).map((child: Node, i: number) => renderNode(child, i))}
        </div>
      )
    case 'button':
      return (
        <a
          href={node.action?.uri}
          key={key}
          rel="noreferrer"
          style={{
            background: node.style === 'primary' ? (node.color ?? '#06c755') : 'transparent',
            borderRadius: 6,
            color: node.style === 'primary' ? '#fff' : (node.color ?? '#1B5E9F'),
            display: 'block',
            fontSize: 14,
            padding: '8px 0',
            textAlign: 'center',
            textDecoration: 'none',
          }}
          target="_blank"
        >
          {node.action?.label}
        </a>
      )
    case 'image':
      return (
        <img
          alt=""
          key={key}
          src={node.url}
          style={{ aspectRatio: (node.aspectRatio ?? '20:13').replace(':', '/'), objectFit: 'cover', width: '100%' }}
        />
      )
    case 'text':
      return (
        <div
          key={key}
          style={{
            color: node.color ?? '#111',
            fontSize: sizes[node.size] ?? 14,
            fontWeight: node.weight === 'bold' ? 700 : 400,
            whiteSpace: node.wrap ? 'pre-wrap' : 'nowrap',
          }}
        >
          {node.text}
        </div>
      )
    default:
      return null
  }
}

const Bubble = ({ bubble }: { bubble: Node }) => (
  <div style={{ background: '#fff', borderRadius: 12, overflow: 'hidden', width: 280 }}>
    {bubble.hero ? renderNode(bubble.hero, 'hero') : null}
    {bubble.body ? <div style={{ padding: 14 }}>{renderNode(bubble.body, 'body')}</div> : null}
    {bubble.footer ? <div style={{ padding: '0 14px 12px' }}>{renderNode(bubble.footer, 'footer')}</div> : null}
  </div>
)

/**
 * LINE messages as a phone shows them, drawn from the JSON that is sent (Flex bubbles and
 * text); the alt text is what the notification shows.
 */
export const FlexPreview = ({ messages, notification }: { messages: Node[]; notification: string }) => (
  <div style={{ background: '#8cabd9', borderRadius: 16, display: 'flex', flexDirection: 'column', gap: 10, maxWidth: 320, padding: 16 }}>
    {messages.map((message, i) => {
      if (message.type === 'flex') {
        const bubbles = message.contents?.type === 'carousel' ? message.contents.contents : [message.contents]
        return (
          <div key={i}>
            <div style={{ color: '#fff', fontSize: 11, marginBottom: 4 }}>
              {notification}: {message.altText}
            </div>
            <div style={{ display: 'flex', gap: 8, overflowX: 'auto' }}>
              {bubbles.map((b: Node, j: number) => (
                <Bubble bubble={b} key={j} />
              ))}
            </div>
          </div>
        )
      }
      if (message.type === 'text') {
        return (
          <div
            key={i}
            style={{ background: '#fff', borderRadius: 14, fontSize: 14, maxWidth: 260, padding: '8px 12px', whiteSpace: 'pre-wrap' }}
          >
            {message.text}
          </div>
        )
      }
      return null
    })}
  </div>
)
