import React from 'react'

import { SITE_NAME } from '../metadata'

/** The portal's page: header, main and footer, Japanese. */
export const PortalShell = ({ children }: { children: React.ReactNode }) => (
  <html lang="ja">
    <body>
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <header className="site-header">
        <div className="wrap">
          <a className="site-name" href="/">
            {SITE_NAME}
            <small>秋田県の起業・創業支援</small>
          </a>
          <nav aria-label="サイト内">
            <ul>
              <li>
                <a href="/subsidies">支援制度を探す</a>
              </li>
              <li>
                <a href="/shindan">かんたん診断</a>
              </li>
              <li>
                <a href="/stories">先輩起業家</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main className="wrap" id="main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            秋田県
            産業労働部・県内市町村・商工団体の起業支援制度をまとめて掲載しています。申請の前に、必ず各制度の問い合わせ先で最新の情報をご確認ください。
          </p>
          <ul>
            <li>
              <a href="/api/public/subsidies/feed.xml">新着・更新フィード（Atom）</a>
            </li>
            <li>
              <a href="/api/public/subsidies/deadlines.ics">締切カレンダー（iCalendar）</a>
            </li>
            <li>
              <a href="/api/public/openapi.json">公開 API（OpenAPI）</a>
            </li>
            <li>
              <a href="/privacy">LINE公式アカウントの個人情報の取扱い</a>
            </li>
          </ul>
          <p className="attribution">国の制度の一部は「Jグランツ」（デジタル庁）の情報を利用しています。</p>
        </div>
      </footer>
    </body>
  </html>
)
