/**
 * 応援依頼: six current requests from departments, each with people who fit well and some who do not,
 * and one finished last year (終了), the help given that a profile's 実績 shows.
 */
export type SeedRequest = {
  department: string
  description: string
  hoursPerMonth: number
  periodFrom: string
  periodUntil: string
  requiredSkills: [skill: string, minLevel: 1 | 2 | 3 | 4 | 5, weight: number][]
  /** A request that is over; the others are 募集中. */
  status?: 'closed'
  title: string
}

export const TALENT_REQUESTS: SeedRequest[] = [
  {
    department: 'digital',
    description:
      '県政世論調査（回答約2,400件）のクロス集計と、年代・地域別の傾向分析を行い、オープンデータとして公開する集計表とグラフを作成します。調査票の設問設計の見直しにも助言がほしいです。',
    hoursPerMonth: 10,
    periodFrom: '2027-01-04',
    periodUntil: '2027-03-19',
    requiredSkills: [['統計解析', 3, 3], ['データ可視化', 2, 1], ['アンケート設計・調査', 2, 1]],
    title: '県政世論調査の集計・分析',
  },
  {
    department: 'sangyo',
    description:
      '創業支援補助金（第2期）の応募約40件について、事業計画書と収支計画の妥当性を一次評価する審査補助をお願いします。審査委員会前の論点整理まで。',
    hoursPerMonth: 8,
    periodFrom: '2027-01-15',
    periodUntil: '2027-02-26',
    requiredSkills: [['経営分析', 3, 3], ['簿記・会計', 2, 2], ['創業支援', 2, 1]],
    title: '創業支援補助金の事業計画審査補助',
  },
  {
    department: 'kanko',
    description:
      'インバウンド向け観光サイト（英語版）の新規ページ30本の翻訳と、既存ページの校正をお願いします。観光地の固有名詞表記ルールは観光振興課で用意しています。',
    hoursPerMonth: 12,
    periodFrom: '2026-12-01',
    periodUntil: '2027-03-31',
    requiredSkills: [['英語', 4, 3], ['ライティング', 2, 1]],
    title: '観光サイト英語版の翻訳・校正',
  },
  {
    department: 'koho',
    description:
      '県公式LINEの配信用バナーと、30秒の告知動画（月2本）の制作を手伝ってほしいです。配信後の反応を見て改善するところまで一緒に。',
    hoursPerMonth: 8,
    periodFrom: '2027-01-05',
    periodUntil: '2027-06-30',
    requiredSkills: [['グラフィックデザイン', 3, 2], ['動画編集', 3, 2], ['SNS運用', 2, 1]],
    title: 'LINE配信用バナーと告知動画の制作',
  },
  {
    department: 'bosai',
    description:
      '土砂災害警戒区域と避難所データを重ね合わせた防災GISマップを更新します。市町村から届く避難所データの整備（データベース化）も含みます。',
    hoursPerMonth: 16,
    periodFrom: '2027-02-01',
    periodUntil: '2027-05-31',
    requiredSkills: [['GIS（地理情報システム）', 3, 3], ['SQL・データベース', 2, 1], ['防災計画', 2, 1]],
    title: '防災GISマップの更新',
  },
  {
    department: 'kodomo',
    description:
      '保育所等の入所申請の受付・審査をkintoneで電子化します。現行の紙の業務フローを見直し、個人情報の取扱いに配慮したアプリ設計を一緒に進めてくれる方を探しています。',
    hoursPerMonth: 8,
    periodFrom: '2026-12-01',
    periodUntil: '2027-03-31',
    requiredSkills: [['ノーコード開発', 3, 3], ['業務改善（BPR）', 2, 1], ['個人情報保護', 2, 1]],
    title: '保育所入所申請のkintone化',
  },
  {
    department: 'koho',
    description:
      '夏の観光キャンペーンに合わせて、県公式SNSで配信する短尺動画（月3本）の撮影・編集と投稿計画づくりを手伝ってほしいです。',
    hoursPerMonth: 10,
    periodFrom: '2026-06-01',
    periodUntil: '2026-08-31',
    requiredSkills: [['動画編集', 3, 3], ['SNS運用', 3, 2], ['イベント企画・運営', 2, 1]],
    status: 'closed',
    title: '夏の観光キャンペーン動画の制作',
  },
]
