import type { Metadata } from 'next'

import config from '@payload-config'
import { analyticsOptionsOf } from '@akita-dx/plugin-line-analytics'
import { ERASE_KEYWORD, lineOptionsOf, MY_DATA_KEYWORD, SETTINGS_KEYWORD } from '@akita-dx/plugin-line'
import { getPayload } from 'payload'
import React from 'react'

import { pageMetadata } from '../../../portal/metadata'
import { portalReader } from '../../../portal/reader'

export const dynamic = 'force-dynamic'

export const generateMetadata = async (): Promise<Metadata> =>
  pageMetadata(await portalReader(), {
    description: '秋田県公式LINEアカウントで取得する情報、利用目的、保存期間、登録内容の確認と削除の方法。',
    path: '/privacy',
    title: 'LINE公式アカウントにおける個人情報の取扱い',
  })

const period = (days: false | number) => (days === false ? '削除のお申し出まで' : `${days.toLocaleString('ja-JP')}日`)

/**
 * The privacy notice residents agree to when they register on LINE (its link is in the notice).
 * The periods are read from the plugins' retention options, so the page says what the jobs do.
 */
const Privacy = async () => {
  const payload = await getPayload({ config })
  const { residents, retention } = lineOptionsOf(payload)
  const { clickRetentionDays } = analyticsOptionsOf(payload)
  return (
    <article className="prose">
      <h1>秋田県公式LINEアカウントにおける個人情報の取扱い</h1>
      <p className="lead">第{residents.privacy.version}版</p>
      <p>
        秋田県は、公式LINEアカウントで取得する個人情報を、個人情報の保護に関する法律と県の定めに従って取り扱います。登録の最後に「完了」を押すと、この取扱いに同意したことになります。
      </p>
      <h2>取得する情報</h2>
      <ul>
        <li>LINEのユーザー識別子（LINEが発行する英数字の番号です。氏名・電話番号・LINEの表示名は受け取りません）</li>
        <li>友だち追加・ブロックの日時</li>
        <li>ご自身で登録したお住まいの市町村・年代・関心のある分野と、同意の日時・版</li>
        <li>お問い合わせとして送られたメッセージと、県からの回答</li>
      </ul>
      <h2>利用目的</h2>
      <ul>
        <li>登録内容に合ったお知らせを選んでお届けすること</li>
        <li>お問い合わせを担当課に届け、回答すること</li>
        <li>個人が分からない形の統計（配信数・開封数・リンクを開いた数）で、お知らせを改善すること</li>
      </ul>
      <h2>お知らせのリンクを開いたときの記録</h2>
      <p>
        お知らせのリンクは県のサーバーを経由して移動します。記録するのは日時と、日ごとに変わる符号（通信元の番号とブラウザの種類から作り、元に戻せないもの）だけで、LINEのユーザー識別子とは結び付けません。
      </p>
      <h2>保存期間</h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">お問い合わせと回答</th>
            <td>受信から{period(retention.inquiryDays)}</td>
          </tr>
          <tr>
            <th scope="row">お知らせの宛先の記録</th>
            <td>送信から{period(retention.recipientListDays)}（件数だけを残します）</td>
          </tr>
          <tr>
            <th scope="row">受信したメッセージの処理記録</th>
            <td>{period(retention.webhookEventDays)}</td>
          </tr>
          <tr>
            <th scope="row">リンクを開いた記録</th>
            <td>{period(clickRetentionDays)}（日ごとの件数だけを残します）</td>
          </tr>
          <tr>
            <th scope="row">登録内容</th>
            <td>削除のお申し出、またはブロックまで</td>
          </tr>
        </tbody>
      </table>
      <h2>外部への提供</h2>
      <p>法令に基づく場合を除き、第三者に提供しません。メッセージの送受信には、LINEヤフー株式会社の Messaging API を使います。</p>
      <h2>登録内容の確認・変更・削除</h2>
      <ul>
        <li>「{MY_DATA_KEYWORD}」と送ると、保存している内容と、この1年のお問い合わせをお知らせします。</li>
        <li>「{SETTINGS_KEYWORD}」と送ると、登録をはじめからやり直せます。</li>
        <li>「{ERASE_KEYWORD}」と送り、確認に「削除する」と答えると、登録内容とお問い合わせを削除します。</li>
        <li>アカウントをブロックすると配信が止まり、登録内容を消去します。</li>
      </ul>
      <h2>お問い合わせ先</h2>
      <p>秋田県 総務部 広報広聴課（公式LINEアカウントの運用担当）</p>
    </article>
  )
}

export default Privacy
