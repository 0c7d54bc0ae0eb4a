import { SEED_PROBLEMS } from './ideasProblems'

/**
 * 30 staff posts for the idea box: アイデア and 困りごと of a prefectural office in Akita.
 * `target` is a department code of organisation.ts; `votes` is how many colleagues support it;
 * `daysAgo` dates the post. Comments name a stance (support 賛成 / neutral 中立 / concern 懸念).
 */
export type SeedComment = { body: string; replies?: SeedComment[]; stance: 'concern' | 'neutral' | 'support' }

export type SeedIdea = {
  anonymous?: boolean
  answer?: string
  body: string
  category: 'digital' | 'disaster' | 'efficiency' | 'facilities' | 'other' | 'service' | 'training' | 'workstyle'
  comments?: SeedComment[]
  daysAgo: number
  kind: 'idea' | 'problem'
  state?: 'accepted' | 'considering' | 'done' | 'open' | 'rejected' | 'withdrawn'
  target: string
  title: string
  votes: number
}


export const SEED_IDEAS: SeedIdea[] = [
  {
    answer:
      '令和8年度から、課内の回覧・供覧は原則として文書管理システムの電子供覧に切り替えます。紙でしか届かない外部文書はスキャンして登録する運用とし、4月に操作説明会を開きます。',
    body: '紙の回覧板が課内を一周するのに平均4日かかっています。\n文書管理システムには電子供覧の機能があるので、まず課内の回覧から電子化したいです。\n出張や休暇で回覧が止まることもなくなります。',
    category: 'digital',
    comments: [
      { body: 'うちの課でも回覧が机に積まれたままになりがちです。ぜひ進めてほしいです。', stance: 'support' },
      {
        body: '外部から紙で届く文書の扱いはどうなりますか。スキャンの手間が増えるのが心配です。',
        replies: [{ body: '複合機のスキャンからそのまま登録できる設定があるので、手間は大きくないと思います。', stance: 'neutral' }],
        stance: 'concern',
      },
    ],
    daysAgo: 120,
    kind: 'idea',
    state: 'accepted',
    target: 'digital',
    title: '課内回覧を電子供覧に切り替えたい',
    votes: 24,
  },
  {
    answer:
      '電子決裁の対象を、支出負担行為（50万円未満）と旅行命令まで広げる方向で財務システムの改修を検討しています。会計課と調整のうえ、秋ごろに方針をお知らせします。',
    body: '電子決裁は起案文書だけで、支出負担行為や旅行命令はいまも紙に押印しています。\n同じ内容を紙と電子で二重に作る場面があり、決裁までに1週間以上かかることもあります。\n少額の支出や旅行命令から電子決裁の対象にしてほしいです。',
    category: 'digital',
    comments: [
      { body: '出張のたびに紙の旅行命令簿を回すのは本当に手間です。賛成です。', stance: 'support' },
      { body: '監査の観点で証拠書類の原本をどう保存するかは整理が必要だと思います。', stance: 'concern' },
    ],
    daysAgo: 95,
    kind: 'idea',
    state: 'considering',
    target: 'digital',
    title: '電子決裁の対象を支出負担行為と旅行命令に広げる',
    votes: 31,
  },
  {
    answer:
      '在宅勤務の上限を月8日から月12日に拡大し、申請を前日17時まで受け付けるよう要綱を改正しました（7月1日施行）。育児・介護中の職員は上限を適用しません。',
    body: '在宅勤務は月8日までで、申請も1週間前までとなっています。\n子どもの急な発熱のときに使えず、結局休暇を取っています。\n上限の拡大と、前日申請を認めてほしいです。',
    category: 'workstyle',
    comments: [
      { body: '介護中の家族がいるので、前日申請ができると本当に助かります。', stance: 'support' },
      { body: '窓口業務の課では交代要員の確保が課題になりそうです。', stance: 'concern' },
      { body: 'Web会議の環境が整っていない出先機関との打合せをどうするかも一緒に考えたいです。', stance: 'neutral' },
    ],
    daysAgo: 200,
    kind: 'idea',
    state: 'done',
    target: 'jinji',
    title: '在宅勤務の上限拡大と前日申請',
    votes: 38,
  },
  {
    body: '本庁舎の会議室や第二庁舎では庁内Wi-Fiが届かず、ノートPCを有線でつなぎ直しています。\nペーパーレス会議を進めるためにも、会議室すべてにアクセスポイントを増設してほしいです。',
    category: 'facilities',
    comments: [{ body: '第二庁舎4階の会議室は特につながりにくいです。', stance: 'support' }],
    daysAgo: 40,
    kind: 'idea',
    target: 'digital',
    title: '全会議室に庁内Wi-Fiのアクセスポイントを',
    votes: 27,
  },
  {
    answer:
      '給与の扶養手当・通勤手当の入力について、RPAのシナリオを試作しました。4月の人事異動期に人事課で試行し、効果を測ってから他課へ展開します。',
    body: '人事異動の時期に、紙の申請書から通勤手当や扶養手当を給与システムへ手入力しています。\n毎年延べ200時間ほどかかり、入力ミスの確認にも時間を取られています。\nRPAで転記を自動化できないでしょうか。',
    category: 'efficiency',
    comments: [
      { body: '申請書をフォーム化すればRPAも不要になるのでは。', replies: [{ body: 'まずはRPAで効果を出し、並行してフォーム化を進めるのが現実的だと思います。', stance: 'neutral', replies: [{ body: '段階的に進めるのに賛成です。', stance: 'support' }] }], stance: 'neutral' },
    ],
    daysAgo: 150,
    kind: 'idea',
    state: 'accepted',
    target: 'digital',
    title: '異動期の手当入力をRPAで自動化',
    votes: 19,
  },
  {
    body: '県税事務所や旅券窓口の手数料は現金のみです。\n県外から来た方や若い世代からキャッシュレス決済の要望が多く寄せられています。\nクレジットカードとQRコード決済に対応してほしいです。',
    category: 'service',
    comments: [
      { body: 'おつりの準備や現金の保管もなくなるので、職員にとっても良いと思います。', stance: 'support' },
      { body: '決済手数料を誰が負担するのか、先に整理が必要です。', stance: 'concern' },
    ],
    daysAgo: 60,
    kind: 'idea',
    state: 'considering',
    target: 'somu',
    title: '窓口手数料のキャッシュレス決済',
    votes: 22,
  },
  {
    answer:
      '道路除雪の出動状況を、県のホームページの地図で確認できるよう準備を進めています。今冬は秋田市・横手市周辺の県管理道路で試行し、LINEでもお知らせします。',
    body: '大雪の朝は「自宅前の道路はいつ除雪されるのか」という電話が地域振興局に集中します。\n除雪車の位置情報はすでにGPSで取っているので、地図で公開すれば問い合わせが減ると思います。',
    category: 'disaster',
    comments: [
      { body: '横手では毎冬、電話対応で職員が本来業務をできなくなっています。ぜひ。', stance: 'support' },
      { body: '作業中の位置をリアルタイムで出すと、除雪車に人が近づく危険はないでしょうか。', stance: 'concern' },
    ],
    daysAgo: 250,
    kind: 'idea',
    state: 'accepted',
    target: 'bosai',
    title: '除雪車の作業状況を地図で公開',
    votes: 35,
  },
  {
    body: '会議資料を毎回数十部印刷して配っています。\n庁内の会議だけでもタブレットや画面共有で資料を見る「ペーパーレス会議」を標準にしたいです。',
    category: 'efficiency',
    comments: [{ body: '印刷と差し替えの手間がなくなるのは大きいです。', stance: 'support' }],
    daysAgo: 30,
    kind: 'idea',
    target: 'somu',
    title: '庁内会議はペーパーレスを標準に',
    votes: 17,
  },
  {
    body: 'Teamsのチャットが課ごとにばらばらに使われていて、他課への問い合わせは結局電話とメールです。\n課ごとの問い合わせ用チャネルを作り、誰でも質問できるようにしてはどうでしょうか。',
    category: 'digital',
    daysAgo: 12,
    kind: 'idea',
    target: 'digital',
    title: '課ごとの問い合わせチャネルをTeamsに',
    votes: 9,
  },
  {
    answer:
      'ご提案ありがとうございます。庁舎の照明は令和9年度までにLED化する計画があり、人感センサーは改修工事に合わせて設置を検討します。現時点での単独の予算化は見送ります。',
    body: 'トイレや廊下の照明が一日中ついています。\n人感センサー付きの照明にすれば電気代の節約になると思います。',
    category: 'facilities',
    daysAgo: 180,
    kind: 'idea',
    state: 'rejected',
    target: 'somu',
    title: 'トイレと廊下の照明を人感センサーに',
    votes: 6,
  },
  {
    body: '移住相談の記録がExcelで担当者ごとに管理されていて、担当が替わると経緯がわかりません。\n相談記録を共有できる仕組みがほしいです。',
    category: 'service',
    comments: [{ body: '市町村の移住窓口とも共有できると、相談者に同じ話を何度もさせずに済みます。', stance: 'support' }],
    daysAgo: 25,
    kind: 'idea',
    target: 'iju',
    title: '移住相談の記録を共有できる仕組み',
    votes: 11,
  },
  {
    body: '観光パンフレットの在庫が各地域振興局と観光案内所でばらばらに管理され、足りない所と余っている所があります。\n在庫をスプレッドシートで共有するだけでも違うと思います。',
    category: 'efficiency',
    daysAgo: 8,
    kind: 'idea',
    target: 'kanko',
    title: '観光パンフレットの在庫を共有',
    votes: 4,
  },
  {
    answer:
      '新規採用職員研修にデジタル基礎（情報セキュリティ、表計算、生成AIの安全な使い方）の半日講座を追加しました。動画教材は職員ポータルでいつでも見られます。',
    body: '採用1年目の職員向けに、表計算やデータの扱い方、情報セキュリティを学べる研修を充実させてほしいです。\n配属先によって教わる内容に差があるように感じます。',
    category: 'training',
    comments: [{ body: '生成AIの使ってよい範囲も教えてほしいです。', stance: 'support' }],
    daysAgo: 300,
    kind: 'idea',
    state: 'done',
    target: 'jinji',
    title: '新規採用職員にデジタル基礎研修を',
    votes: 14,
  },
  {
    anonymous: true,
    body: '時間外勤務の事前命令が形だけになっていて、実際には事後に申請する課が多いと感じます。\n勤怠システムで事前申請と実績を比べられるようにしてはどうでしょうか。',
    category: 'workstyle',
    comments: [{ body: '繁忙期は事前に見通せないこともあるので、運用の柔軟さも残してほしいです。', stance: 'concern' }],
    daysAgo: 45,
    kind: 'idea',
    target: 'jinji',
    title: '時間外勤務の事前命令と実績を見える化',
    votes: 16,
  },
  {
    body: '補助金の申請書類の様式がWordとExcelで配られ、提出後に職員が内容を再入力しています。\n申請フォームをオンライン化して、データのまま受け取れるようにしたいです。',
    category: 'digital',
    comments: [
      { body: '事業者からも、押印と郵送が負担だという声を聞きます。', stance: 'support' },
      { body: '添付書類（決算書など）のアップロード容量は要確認です。', stance: 'neutral' },
    ],
    daysAgo: 70,
    kind: 'idea',
    target: 'sangyo',
    title: '補助金の申請をオンラインフォームに',
    votes: 20,
  },
  ...SEED_PROBLEMS,
]
