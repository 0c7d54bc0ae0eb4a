import type { SeedSubsidy } from './subsidies'

type Town = { code: string; name: string; section: string; tel: string }

const town = (code: string, name: string, section: string, tel: string): Town => ({ code, name, section, tel })

const AKITA = town('akita', '秋田市', '秋田市 産業振興部 商工貿易振興課', '018-888-5723')
const NOSHIRO = town('noshiro', '能代市', '能代市 環境産業部 商工港湾課', '0185-89-2186')
const YOKOTE = town('yokote', '横手市', '横手市 商工観光部 商工労働課', '0182-35-2267')
const ODATE = town('odate', '大館市', '大館市 産業部 商工課', '0186-43-7071')
const OGA = town('oga', '男鹿市', '男鹿市 産業建設部 観光文化スポーツ課', '0185-24-9141')
const YUZAWA = town('yuzawa', '湯沢市', '湯沢市 産業振興部 商工課', '0183-73-2124')
const KAZUNO = town('kazuno', '鹿角市', '鹿角市 産業部 商工振興課', '0186-30-0249')
const YURIHONJO = town('yurihonjo', '由利本荘市', '由利本荘市 商工観光部 商工振興課', '0184-24-6375')
const DAISEN = town('daisen', '大仙市', '大仙市 経済産業部 商工観光課', '0187-63-1111')
const SEMBOKU = town('semboku', '仙北市', '仙北市 観光文化スポーツ部 商工観光課', '0187-43-3352')
const KITAAKITA = town('kitaakita', '北秋田市', '北秋田市 産業部 商工観光課', '0186-62-6618')
const NIKAHO = town('nikaho', 'にかほ市', 'にかほ市 商工観光部 商工政策課', '0184-43-7600')
const GOJOME = town('gojome', '五城目町', '五城目町 まちづくり課', '018-852-5222')
const MISATO = town('misato', '美郷町', '美郷町 商工観光交流課', '0187-84-4909')
const KATAGAMI = town('katagami', '潟上市', '潟上市 産業課', '018-853-5341')
const UGO = town('ugo', '羽後町', '羽後町 商工観光交流課', '0183-62-2111')

const local = (
  t: Town,
  entry: Omit<SeedSubsidy, 'areaScope' | 'inquiry' | 'municipalities' | 'providerLevel' | 'providerName' | 'applicationMethod'> & {
    applicationMethod?: string
  },
): SeedSubsidy => ({
  applicationMethod: `${t.name}役所（役場）の担当課へ事前にご相談のうえ、申請書類を提出してください。`,
  ...entry,
  inquiry: { section: t.section, tel: t.tel },
  municipalities: [t.code],
  providerLevel: 'municipality',
  providerName: t.name,
})

/** Programmes of municipalities (市町村). */
export const MUNICIPAL_SUBSIDIES: SeedSubsidy[] = [
  local(AKITA, {
    slug: 'akita-city-sogyo',
    title: '秋田市創業支援補助金',
    catchPhrase: '秋田市内で創業する方の開業経費を補助',
    summary: '秋田市の特定創業支援等事業（創業塾など）を修了し、市内で新たに創業する方に、店舗改装費や設備費の一部を補助します。',
    detail: ['「秋田市創業塾」または秋田商工会議所の創業相談を受け、特定創業支援等事業の証明書の交付を受けた方が対象です。', '- 店舗等改装費\n- 設備・備品購入費\n- 広告宣伝費'],
    kind: 'subsidy', purposes: ['new_business'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市内で創業する個人・法人（創業後1年未満を含む）',
    maxAmount: 1_000_000, rateText: '1/2以内', schedule: [-30, 50], keywords: ['創業', '起業', '開業'],
  }),
  local(AKITA, {
    slug: 'akita-city-it-ricchi',
    title: '秋田市IT関連企業立地促進補助金',
    catchPhrase: '秋田駅周辺へのオフィス開設を支援',
    summary: '秋田市内にサテライトオフィスや開発拠点を開設するIT関連企業に、オフィス賃料と通信回線使用料の一部を補助します。',
    detail: ['市内在住者を新たに3人以上雇用することが要件です。'],
    kind: 'subsidy', purposes: ['new_business', 'employment'], stages: ['growth'], industries: ['G'],
    eligibleEntities: '市内に事務所を新設するIT関連企業',
    maxAmount: 6_000_000, rateText: '賃料の1/2以内（3年間）', schedule: 'yearRound', keywords: ['IT', 'サテライトオフィス', '企業立地'],
  }),
  local(AKITA, {
    slug: 'akita-city-shotengai',
    title: '秋田市中心市街地出店支援補助金',
    catchPhrase: '大町・通町・広小路エリアでの出店に家賃補助',
    summary: '中心市街地の空き店舗に出店する小売・飲食・サービス業の事業者に、改装費と1年間の家賃の一部を補助します。',
    detail: ['対象エリアは中心市街地活性化基本計画の区域内です。'],
    kind: 'subsidy', purposes: ['new_business', 'community'], stages: ['pre_founding', 'founding'], industries: ['I', 'M', 'N'],
    eligibleEntities: '中心市街地の空き店舗に出店する事業者',
    maxAmount: 1_500_000, rateText: '1/2以内', schedule: [-60, -8], keywords: ['空き店舗', '中心市街地', '出店'],
  }),
  local(NOSHIRO, {
    slug: 'noshiro-akiya-tenpo',
    title: '能代市空き店舗等活用創業支援事業補助金',
    catchPhrase: '能代の街なかで開業する方を応援',
    summary: '能代市内の空き店舗・空き家を活用して創業する方に、改装費と家賃の一部を補助します。',
    detail: ['畠町・柳町などの商店街エリアでの出店は補助上限額を20万円加算します。'],
    kind: 'subsidy', purposes: ['new_business', 'community'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市内の空き店舗等で創業する個人・法人',
    maxAmount: 800_000, rateText: '1/2以内', schedule: [-20, 6], keywords: ['空き店舗', '空き家', '創業'],
  }),
  local(NOSHIRO, {
    slug: 'noshiro-yoryoku-jinzai',
    title: '能代市洋上風力人材育成支援補助金',
    catchPhrase: '風車メンテナンス技術者の資格取得費を補助',
    summary: '洋上風力発電のメンテナンス業務に従事する人材を育成するため、市内事業者が負担する資格取得・訓練受講の費用を補助します。',
    detail: ['GWO基本安全訓練、ロープアクセス技術等の受講費が対象です。'],
    kind: 'subsidy', purposes: ['training', 'eco_sdgs'], stages: ['growth'], industries: ['D', 'F', 'R'],
    eligibleEntities: '市内に事業所を有する事業者',
    maxAmount: 500_000, rateText: '2/3以内', schedule: [-10, 110], keywords: ['洋上風力', '資格取得', '人材育成'],
  }),
  local(YOKOTE, {
    slug: 'yokote-kigyo-shien',
    title: '横手市起業支援事業補助金',
    catchPhrase: '横手で夢をかたちに。起業の初期費用を補助',
    summary: '横手市内で新たに起業する方に、事業所の開設に必要な改修費、設備費、専門家謝金等の一部を補助します。',
    detail: ['横手市創業支援ネットワーク（商工会議所・商工会・金融機関）の支援を受けることが条件です。'],
    kind: 'subsidy', purposes: ['new_business'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市内で創業する個人・法人',
    maxAmount: 1_000_000, rateText: '1/2以内', schedule: [-40, 30], keywords: ['創業', '起業'],
  }),
  local(YOKOTE, {
    slug: 'yokote-shokuhin-kako',
    title: '横手市食品加工業者設備導入支援補助金',
    catchPhrase: '横手やきそば・発酵食品の加工設備に',
    summary: '市内の食品加工業者が、生産性向上や衛生管理（HACCP対応）のために行う設備導入費を補助します。',
    detail: ['発酵食品や地域特産品の加工を行う事業者を重点的に支援します。'],
    kind: 'subsidy', purposes: ['equipment_it'], stages: ['growth'], industries: ['E'],
    eligibleEntities: '市内の食品製造業者', employeeLimit: 50,
    maxAmount: 2_000_000, rateText: '1/3以内', schedule: [-90, -40], keywords: ['食品加工', 'HACCP', '設備'],
  }),
  local(ODATE, {
    slug: 'odate-sogyo-shien',
    title: '大館市創業支援事業補助金',
    catchPhrase: '大館市内での創業に最大100万円',
    summary: '大館市内で新たに事業を始める方に、開業に必要な経費の一部を補助します。40歳未満の方は補助率を引き上げます。',
    detail: ['「大館市創業支援事業計画」に基づく特定創業支援等事業を受けた方が対象です。'],
    kind: 'subsidy', purposes: ['new_business'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市内で創業する個人・法人',
    maxAmount: 1_000_000, rateText: '1/2以内（40歳未満は2/3以内）', schedule: [-15, 11], keywords: ['創業', '若者'],
  }),
  local(ODATE, {
    slug: 'odate-dento-kogei',
    title: '大館曲げわっぱ等伝統工芸継承支援補助金',
    catchPhrase: '伝統工芸の後継者育成と新商品開発を支援',
    summary: '大館曲げわっぱなど伝統的工芸品の事業者が行う後継者育成、新商品開発、販路開拓の経費を補助します。',
    detail: ['弟子入りした後継者の研修期間中の人件費の一部も対象です。'],
    kind: 'subsidy', purposes: ['succession', 'training', 'sales_expansion'], stages: ['succession', 'growth'], industries: ['E'],
    eligibleEntities: '市内の伝統的工芸品製造事業者',
    maxAmount: 1_500_000, rateText: '2/3以内', schedule: [10, 70], keywords: ['伝統工芸', '曲げわっぱ', '後継者'],
  }),
  local(OGA, {
    slug: 'oga-kanko-kigyo',
    title: '男鹿市観光関連起業支援補助金',
    catchPhrase: 'なまはげの里で観光ビジネスを始めよう',
    summary: '男鹿半島の観光資源を活用したゲストハウス、飲食店、体験型観光などの起業を支援します。',
    detail: ['男鹿駅周辺・男鹿温泉郷・入道崎エリアでの開業を特に歓迎します。'],
    kind: 'subsidy', purposes: ['new_business', 'community'], stages: ['pre_founding', 'founding'], industries: ['M', 'N'],
    eligibleEntities: '市内で観光関連事業を創業する個人・法人',
    maxAmount: 2_000_000, rateText: '2/3以内', schedule: [-25, 45], keywords: ['観光', 'ゲストハウス', '創業'],
  }),
  local(YUZAWA, {
    slug: 'yuzawa-sogyo',
    title: '湯沢市創業・第二創業支援補助金',
    catchPhrase: '創業も、家業の新分野進出も応援',
    summary: '湯沢市内で創業する方、または後継者が家業を引き継いで新分野に進出する「第二創業」に要する経費を補助します。',
    detail: ['稲庭うどん、川連漆器、酒造など地場産業の第二創業を重点的に支援します。'],
    kind: 'subsidy', purposes: ['new_business', 'succession'], stages: ['founding', 'succession'],
    eligibleEntities: '市内で創業・第二創業する個人・法人',
    maxAmount: 1_000_000, rateText: '1/2以内', schedule: [-50, -2], keywords: ['創業', '第二創業', '事業承継'],
  }),
  local(KAZUNO, {
    slug: 'kazuno-ijuu-kigyo',
    title: '鹿角市移住者起業支援補助金',
    catchPhrase: '十和田湖・八幡平のまちで起業する移住者に',
    summary: '鹿角市へ移住して起業する方に、開業経費と住宅改修費の一部を補助します。',
    detail: ['移住後1年以内の起業が対象です。地域おこし協力隊の任期終了後の起業も含みます。'],
    kind: 'subsidy', purposes: ['new_business', 'community'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市外から移住して市内で起業する方',
    maxAmount: 1_500_000, rateText: '2/3以内', schedule: 'yearRound', keywords: ['移住', '起業', '地域おこし協力隊'],
  }),
  local(YURIHONJO, {
    slug: 'yurihonjo-monozukuri',
    title: '由利本荘市ものづくり企業設備投資支援補助金',
    catchPhrase: '電子部品・精密加工の生産性向上投資に',
    summary: '市内の製造業者が生産性向上や新製品製造のために行う機械設備の導入費を補助します。',
    detail: ['TDKをはじめとする電子部品関連産業の集積を生かし、地元サプライヤーの競争力強化を支援します。'],
    kind: 'subsidy', purposes: ['equipment_it'], stages: ['growth'], industries: ['E'],
    eligibleEntities: '市内の製造業を営む中小企業者', employeeLimit: 300,
    maxAmount: 5_000_000, rateText: '1/3以内', schedule: [7, 60], keywords: ['ものづくり', '設備投資', '製造業'],
  }),
  local(DAISEN, {
    slug: 'daisen-sogyo',
    title: '大仙市創業支援補助金',
    catchPhrase: '花火のまち大仙で新しいビジネスを',
    summary: '大仙市内で新たに創業する方に、店舗・事務所の改修費や設備費などの創業経費の一部を補助します。',
    detail: ['大曲商工会議所または大仙市商工会の経営指導を受けることが要件です。'],
    kind: 'subsidy', purposes: ['new_business'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市内で創業する個人・法人',
    maxAmount: 1_000_000, rateText: '1/2以内', schedule: [-35, 13], keywords: ['創業', '起業'],
  }),
  local(SEMBOKU, {
    slug: 'semboku-inbound',
    title: '仙北市インバウンド受入環境整備補助金',
    catchPhrase: '角館・田沢湖・乳頭温泉郷の受入れ強化に',
    summary: '市内の宿泊・飲食・小売事業者が行う多言語表示、Wi-Fi整備、キャッシュレス決済導入の経費を補助します。',
    detail: ['台湾・タイなどからの訪日客の増加に対応するための整備を支援します。'],
    kind: 'subsidy', purposes: ['equipment_it', 'sales_expansion'], stages: ['growth'], industries: ['I', 'M'],
    eligibleEntities: '市内の観光関連事業者',
    maxAmount: 500_000, rateText: '2/3以内', schedule: [-80, -25], keywords: ['インバウンド', '多言語', 'キャッシュレス'],
  }),
  local(KITAAKITA, {
    slug: 'kitaakita-sogyo',
    title: '北秋田市起業・創業支援補助金',
    catchPhrase: '森吉山・阿仁のまちで起業する方に',
    summary: '北秋田市内で創業する方に、開業に必要な設備費や改修費、開業後1年間の家賃の一部を補助します。',
    detail: ['中山間地域での創業は補助上限額を50万円加算します。'],
    kind: 'subsidy', purposes: ['new_business', 'community'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市内で創業する個人・法人',
    maxAmount: 1_500_000, rateText: '1/2以内', schedule: [-5, 85], keywords: ['創業', '中山間地域'],
  }),
  local(NIKAHO, {
    slug: 'nikaho-uiturn-kigyo',
    title: 'にかほ市UIターン起業支援金',
    catchPhrase: '鳥海山のふもとで、UIターン起業',
    summary: 'にかほ市にUターン・Iターンして起業する方に、開業経費の一部を支援金として交付します。',
    detail: ['首都圏在住者向けのオンライン相談会も毎月開催しています。'],
    kind: 'grant', purposes: ['new_business'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市外から転入して市内で起業する方',
    maxAmount: 1_000_000, rateText: '1/2以内', schedule: [-45, 25], keywords: ['UIターン', '移住', '起業'],
  }),
  local(GOJOME, {
    slug: 'gojome-chiiki-kigyo',
    title: '五城目町地域課題解決型起業支援補助金',
    catchPhrase: '町の課題をビジネスで解決する起業家を応援',
    summary: '五城目町の地域課題（買い物支援、子育て、空き家活用など）の解決に取り組む起業に対し、初期費用を補助します。',
    detail: ['町内のシェアオフィスの利用料も補助対象です。', '500年以上続く朝市を活用した事業も歓迎します。'],
    kind: 'subsidy', purposes: ['new_business', 'community'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '町内で地域課題の解決に取り組む事業を起こす方',
    maxAmount: 1_000_000, rateText: '2/3以内', schedule: [-12, 55], keywords: ['社会的起業', '地域課題', 'シェアオフィス'],
  }),
  local(MISATO, {
    slug: 'misato-shogyo-shinko',
    title: '美郷町商業者経営力強化支援補助金',
    catchPhrase: '店舗の改装や新サービス開発に',
    summary: '美郷町内の商業者が行う店舗改装、新商品・新サービスの開発、ホームページ作成等の経費を補助します。',
    detail: ['町商工会の経営指導を受けた事業計画であることが要件です。'],
    kind: 'subsidy', purposes: ['sales_expansion', 'equipment_it'], stages: ['growth'], industries: ['I', 'M', 'N'],
    eligibleEntities: '町内の小売業・飲食業・サービス業の事業者', employeeLimit: 20,
    maxAmount: 500_000, rateText: '1/2以内', schedule: [-30, 3], keywords: ['店舗改装', '商業'],
  }),
  local(KATAGAMI, {
    slug: 'katagami-kuuki-tenpo',
    title: '潟上市空き店舗等活用事業補助金',
    catchPhrase: '追分・天王エリアの空き店舗で開業を',
    summary: '潟上市内の空き店舗・空き家を活用して事業を始める方に、改装費の一部を補助します。',
    detail: ['開業後3年以上の営業継続が要件です。'],
    kind: 'subsidy', purposes: ['new_business', 'community'], stages: ['pre_founding', 'founding'],
    eligibleEntities: '市内の空き店舗等で開業する方',
    maxAmount: 500_000, rateText: '1/2以内', schedule: [30, 120], keywords: ['空き店舗', '開業'],
  }),
  local(UGO, {
    slug: 'ugo-jigyo-shokei',
    title: '羽後町事業承継支援補助金',
    catchPhrase: '町の商店や工場を次の世代へ',
    summary: '羽後町内で事業承継を行う事業者、または町内の事業を引き継いで開業する方に、承継に要する経費を補助します。',
    detail: ['西馬音内の商店街などで後継者のいない事業を第三者が引き継ぐケースも対象です。'],
    kind: 'subsidy', purposes: ['succession'], stages: ['succession'],
    eligibleEntities: '町内で事業承継を行う事業者・承継者',
    maxAmount: 1_000_000, rateText: '1/2以内', schedule: [-70, 35], keywords: ['事業承継', '後継者'],
  }),
  local(DAISEN, {
    slug: 'daisen-nogyo-hojin',
    title: '大仙市農業法人設立支援補助金',
    catchPhrase: '集落営農の法人化と新規作物導入を支援',
    summary: '集落営農組織の法人化や、農業法人による園芸作物の導入に必要な経費を補助します。',
    detail: ['法人設立の登記費用、専門家謝金、園芸用機械の導入費が対象です。'],
    kind: 'subsidy', purposes: ['new_business', 'equipment_it'], stages: ['founding'], industries: ['A'],
    eligibleEntities: '市内の集落営農組織・農業法人',
    maxAmount: 1_500_000, rateText: '1/2以内', schedule: [-110, -60], keywords: ['農業法人', '集落営農'],
  }),
  local(ODATE, {
    slug: 'odate-satellite-office',
    title: '大館市サテライトオフィス開設支援補助金',
    catchPhrase: '秋田犬のまちで働く拠点を',
    summary: '市外の企業が大館市内にサテライトオフィスを開設する際の改修費、通信環境整備費、賃料の一部を補助します。',
    detail: ['大館能代空港から東京まで約70分。首都圏企業のワーケーション拠点としての開設も歓迎します。'],
    kind: 'subsidy', purposes: ['new_business', 'employment'], stages: ['growth'], industries: ['G', 'L'],
    eligibleEntities: '市内にサテライトオフィスを開設する市外の企業',
    maxAmount: 3_000_000, rateText: '1/2以内', schedule: 'yearRound', keywords: ['サテライトオフィス', 'ワーケーション', 'IT'],
  }),
  local(YUZAWA, {
    slug: 'yuzawa-chinetsu-katsuyo',
    title: '湯沢市地熱資源活用事業化支援補助金',
    catchPhrase: '地熱・温泉熱を生かした新ビジネスに',
    summary: '湯沢市の地熱資源（温泉熱・地熱蒸気）を活用した農業用ハウス、食品乾燥、観光施設などの事業化を支援します。',
    detail: ['小安峡・秋ノ宮温泉郷周辺での事業を対象とします。'],
    kind: 'subsidy', purposes: ['new_business', 'eco_sdgs'], stages: ['founding', 'growth'], industries: ['A', 'E', 'M'],
    eligibleEntities: '市内で地熱資源を活用した事業を行う事業者',
    maxAmount: 5_000_000, rateText: '2/3以内', schedule: [15, 100], keywords: ['地熱', '再生可能エネルギー'],
  }),
]
