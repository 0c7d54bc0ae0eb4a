import type { ServerProps } from 'payload'

import { formatJstDateTime } from '@akita-dx/plugin-core/shared'
import React from 'react'

import { departmentOf, isEditorUser } from '../access'

type Props = Partial<Pick<ServerProps, 'payload' | 'user'>>

type Draft = { id: number | string; title?: string; updatedAt: string }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 6,
  margin: '0 0 24px',
  padding: '16px 20px',
}
const steps: React.CSSProperties = {
  display: 'grid',
  gap: 12,
  gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
  margin: '12px 0',
}
const step: React.CSSProperties = { background: 'var(--theme-elevation-50)', borderRadius: 6, padding: '12px 14px' }
const button: React.CSSProperties = {
  background: 'var(--theme-elevation-900)',
  borderRadius: 4,
  color: 'var(--theme-elevation-0)',
  display: 'inline-block',
  marginTop: 8,
  padding: '6px 12px',
  textDecoration: 'none',
}

/** The department's drafts, newest first: what an editor most often comes back to finish. */
const draftsOf = async (payload: NonNullable<Props['payload']>, user: NonNullable<Props['user']>): Promise<Draft[]> => {
  const department = departmentOf(user)
  const found = await payload.find({
    collection: 'announcements',
    depth: 0,
    draft: true,
    limit: 5,
    overrideAccess: false,
    select: { title: true, updatedAt: true },
    sort: '-updatedAt',
    user,
    where: { and: [{ _status: { equals: 'draft' } }, ...(department === null ? [] : [{ department: { equals: department } }])] },
  })
  return found.docs as unknown as Draft[]
}

/**
 * The editor's first screen: 「お知らせを書く → LINEで配信 → 結果を見る」, each step with where it
 * is done, and the department's drafts. Staff without the editor role see the usual dashboard.
 */
export const EditorGuide = async ({ payload, user }: Props) => {
  if (!payload || !user || !isEditorUser(user)) return null
  const admin = payload.config.routes.admin
  const drafts = await draftsOf(payload, user)
  return (
    <section data-testid="editor-guide" style={box}>
      <h2 style={{ margin: 0 }}>お知らせを LINE で届ける</h2>
      <ol style={{ ...steps, listStyle: 'none', padding: 0 }}>
        <li style={step}>
          <strong>① お知らせを書く</strong>
          <div>タイトル・要約（LINE の本文になります）・対象市町村を入れて公開します。</div>
          <a href={`${admin}/collections/announcements/create`} style={button}>
            お知らせを書く
          </a>
        </li>
        <li style={step}>
          <strong>② LINE で配信</strong>
          <div>
            公開したお知らせの編集画面のいちばん下「LINEで配信」で、プレビューとテスト送信のあと、配信先のセグメントを選んで承認を依頼します。
          </div>
          <a href={`${admin}/collections/line-segments`} style={button}>
            セグメントを確認
          </a>
        </li>
        <li style={step}>
          <strong>③ 結果を見る</strong>
          <div>「配信分析」で開封・クリックを確かめ、次のお知らせの見出しや配信時刻に生かします。</div>
          <a href={`${admin}/line-analytics`} style={button}>
            配信分析
          </a>
        </li>
      </ol>
      <h3 style={{ margin: '8px 0 4px' }}>書きかけの下書き（{drafts.length}）</h3>
      {drafts.length === 0 ? <p style={{ margin: 0 }}>下書きはありません。</p> : null}
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {drafts.map((d) => (
          <li key={d.id}>
            <a href={`${admin}/collections/announcements/${d.id}`}>{d.title || '（無題）'}</a>（{formatJstDateTime(d.updatedAt)} 更新）
          </li>
        ))}
      </ul>
    </section>
  )
}
