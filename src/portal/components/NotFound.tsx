import React from 'react'

/** The portal's 404: Japanese, with the ways on. */
export const NotFound = () => (
  <section className="not-found">
    <h1>ページが見つかりません</h1>
    <p>お探しのページは移動したか、公開を終了した可能性があります。</p>
    <ul>
      <li>
        <a href="/subsidies">支援制度を探す</a>
      </li>
      <li>
        <a href="/stories">先輩起業家のストーリーを読む</a>
      </li>
      <li>
        <a href="/">トップページへ</a>
      </li>
    </ul>
  </section>
)
