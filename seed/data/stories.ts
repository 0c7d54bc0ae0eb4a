/** Founder stories of the demo seed: fictional people, realistic Akita settings. */
export type SeedStory = {
  company: string
  founderName: string
  foundingYear: number
  industry: string
  municipality: string
  /** Slugs of the seeded programmes the founder used. */
  programmes: string[]
  quote: string
  slug: string
  story: string[]
  tags: string[]
  title: string
}

export const STORIES: SeedStory[] = [
  {
    slug: 'oga-craft-beer',
    founderName: '三浦 大地',
    company: '男鹿半島ブルーイング合同会社',
    municipality: 'oga',
    industry: 'E',
    foundingYear: 2022,
    title: '東京のIT企業を辞め、男鹿でクラフトビールをつくる',
    quote: '海と山と、なまはげの物語がある。この土地でしか造れない味があると信じています。',
    tags: ['Uターン', '製造業', '観光'],
    programmes: ['akita-kigyo-sokushin', 'oga-kanko-kigyo', 'jfc-shinki-kaigyo'],
    story: [
      '男鹿市出身。東京のIT企業でエンジニアとして10年働いたのち、2021年にUターンしました。',
      '## きっかけ', '帰省のたびに増えていく駅前の空き店舗を見て、人が集まる場所をつくりたいと思ったのが始まりです。',
      '## 支援制度の活用', '県の起業促進補助金と男鹿市の観光関連起業支援補助金で醸造設備と店舗改装の費用をまかない、運転資金は日本政策金融公庫の創業融資を利用しました。商工会の経営指導員には事業計画書を何度も見ていただきました。',
      '## これから', '男鹿産の柚子や塩を使った季節限定ビールが好評で、今年は県外の酒販店への卸売も始めました。',
    ],
  },
  {
    slug: 'gojome-remote-dev',
    founderName: '小野寺 彩',
    company: '株式会社ゴジョウメ・ラボ',
    municipality: 'gojome',
    industry: 'G',
    foundingYear: 2021,
    title: '朝市のまちからリモートでアプリを届ける',
    quote: '人口9千人の町でも、インターネットがあれば世界の仕事ができます。',
    tags: ['Iターン', 'IT', '女性起業', 'シェアオフィス'],
    programmes: ['gojome-chiiki-kigyo', 'akita-wakamono-josei-kigyo', 'akita-dx-suishin'],
    story: [
      '神奈川県出身。地域おこし協力隊として五城目町に移住し、任期終了後に受託開発の会社を設立しました。',
      '町の旧小学校を改修したシェアオフィスを拠点に、首都圏企業のアプリ開発と、町内事業者の業務デジタル化を手がけています。',
      '創業時には町の地域課題解決型起業支援補助金と、県の若者・女性起業チャレンジ支援補助金を活用しました。伴走支援の専門家との毎月の面談で、価格設定や契約の考え方を学べたのが大きかったです。',
      '現在は社員5名。うち3名が町内在住です。',
    ],
  },
  {
    slug: 'yokote-farm-restaurant',
    founderName: '佐々木 健一',
    company: '農家レストラン かまくら',
    municipality: 'yokote',
    industry: 'M',
    foundingYear: 2019,
    title: '実家の田んぼの隣で、季節の農家レストランを',
    quote: '採れたての野菜の味を知ってもらうことが、いちばんの農業振興だと思っています。',
    tags: ['農業', '飲食', '6次産業化'],
    programmes: ['yokote-kigyo-shien', 'akita-rokuji-sangyoka', 'akita-sogyo-shien-shikin'],
    story: [
      '横手市の兼業農家の長男です。父の引退を機に就農し、自家栽培の野菜と横手の発酵食品を使ったレストランを開きました。',
      '築80年の蔵を改装した店舗には、冬のかまくらの季節に県外からも多くのお客様が訪れます。',
      '横手市の起業支援事業補助金で改装費を、県の6次産業化支援事業で加工室の設備をそろえました。融資は県の創業支援資金を利用し、3年間の利子補給も受けています。',
    ],
  },
  {
    slug: 'semboku-guesthouse',
    founderName: 'エマ・ジョンソン',
    company: 'Kakunodate Guesthouse Sakura',
    municipality: 'semboku',
    industry: 'M',
    foundingYear: 2023,
    title: '角館の武家屋敷通りで、世界の旅人を迎える',
    quote: '秋田の冬の静けさは、世界に誇れる体験です。',
    tags: ['インバウンド', '宿泊', '移住', '外国人起業'],
    programmes: ['semboku-inbound', 'akita-kanko-uketsuke', 'jfc-josei-wakamono'],
    story: [
      'オーストラリア出身。ALT（外国語指導助手）として仙北市に赴任し、そのまま定住しました。',
      '空き家になっていた町家を改修し、定員12名のゲストハウスを開業。英語・日本語・タイ語で地域のガイドツアーも案内しています。',
      '市のインバウンド受入環境整備補助金と県の観光事業者受入環境整備支援補助金でキャッシュレス決済と多言語サインを整備し、開業資金は公庫の女性起業家向け融資を利用しました。',
    ],
  },
  {
    slug: 'akita-city-healthtech',
    founderName: '高橋 誠',
    company: '株式会社メディカルノート秋田',
    municipality: 'akita',
    industry: 'G',
    foundingYear: 2020,
    title: '高齢化先進県だからこそ生まれる、見守りのテクノロジー',
    quote: '課題の多い地域は、解決策が最初に生まれる地域でもあります。',
    tags: ['ヘルステック', 'スタートアップ', '産学連携'],
    programmes: ['akita-startup-accelerator', 'akita-kenkyu-kaihatsu', 'akita-city-sogyo'],
    story: [
      '秋田大学医学部の研究室で高齢者の転倒予防を研究していた仲間3人で起業しました。',
      'センサーで在宅高齢者の生活リズムを見守るサービスを開発し、県内12の市町村で導入されています。',
      '県のスタートアップ・アクセラレーターで投資家とつながり、シード資金を調達。県の研究開発支援補助金で秋田県立大学との共同研究も進めています。',
    ],
  },
  {
    slug: 'odate-magewappa',
    founderName: '畠山 結衣',
    company: 'わっぱ工房 ゆい',
    municipality: 'odate',
    industry: 'E',
    foundingYear: 2021,
    title: '曲げわっぱ職人に弟子入りして7年、自分の工房を開く',
    quote: '伝統は守るだけでなく、今の暮らしに合わせて更新していくものだと思います。',
    tags: ['伝統工芸', '女性起業', 'EC', '事業承継'],
    programmes: ['odate-dento-kogei', 'odate-sogyo-shien', 'akita-hanro-kaitaku'],
    story: [
      '大館市出身。高校卒業後に曲げわっぱの工房へ弟子入りし、7年の修行を経て独立しました。',
      '伝統的な弁当箱に加え、コーヒードリッパーやワインクーラーなど、若い世代向けの新商品を開発しています。',
      '市の創業支援事業補助金と伝統工芸継承支援補助金で工房を整え、県の販路開拓支援補助金を使って東京の展示会に出展。ECサイトの売上が全体の4割を占めるまでになりました。',
    ],
  },
  {
    slug: 'yuzawa-sake-export',
    founderName: '阿部 隆之',
    company: '株式会社湯沢ジャパンセレクト',
    municipality: 'yuzawa',
    industry: 'I',
    foundingYear: 2018,
    title: '酒蔵のまち湯沢から、日本酒を世界へ',
    quote: '小さな蔵の良い酒を、それにふさわしい海外のレストランへ届けたい。',
    tags: ['輸出', '日本酒', '第二創業', '卸売'],
    programmes: ['yuzawa-sogyo', 'akita-kaigai-tenkai', 'hosho-sogyo-kanryu'],
    story: [
      '湯沢市の酒販店の3代目です。家業を継いだのを機に、地元の酒蔵の日本酒を海外へ輸出する事業を始めました（第二創業）。',
      '現在は香港、シンガポール、米国の飲食店に県内8蔵の日本酒を届けています。',
      '湯沢市の第二創業支援補助金と県の海外展開チャレンジ支援事業を活用し、信用保証協会の保証付き融資で運転資金を確保しました。',
    ],
  },
  {
    slug: 'nikaho-photo-studio',
    founderName: '斎藤 光',
    company: 'フォトスタジオ ひかり',
    municipality: 'nikaho',
    industry: 'N',
    foundingYear: 2024,
    title: '鳥海山と日本海を背景に、家族の記念日を撮る',
    quote: 'ふるさとの景色の中で撮る写真は、家族にとって一生の宝物になります。',
    tags: ['Uターン', 'サービス業', '子育て'],
    programmes: ['nikaho-uiturn-kigyo', 'akita-kuuki-ten-katsuyo', 'akita-cci-sogyo-juku'],
    story: [
      '仙台の写真スタジオで働いたのち、子どもの小学校入学を機ににかほ市へUターンしました。',
      '商店街の空き店舗を改装したスタジオで、七五三や成人式の撮影に加え、鳥海山麓でのロケーション撮影が人気です。',
      '秋田商工会議所の創業塾で事業計画を学び、市のUIターン起業支援金と県・市協調の空き店舗活用支援事業で開業資金をまかないました。',
    ],
  },
]
