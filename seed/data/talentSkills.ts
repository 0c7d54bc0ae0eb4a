/**
 * スキル分類の初期データ. Aliases are the other names staff and qualifications use for the
 * same skill; 「kintoneアプリ作成」 shares 「kintone」 with 「ノーコード開発」, as happens when a
 * taxonomy grows, and matching treats the two as one.
 */
export type SeedSkill = { aliases?: string[]; category: string; description?: string; name: string }

export const TALENT_SKILLS: SeedSkill[] = [
  // IT
  { aliases: ['基本情報技術者', '応用情報技術者', 'ITパスポート'], category: 'it', description: '情報処理の基礎知識', name: 'IT基礎知識' },
  { aliases: ['Python3', 'パイソン'], category: 'it', name: 'Python' },
  { aliases: ['SQL', 'データベーススペシャリスト', 'PostgreSQL', 'Access'], category: 'it', name: 'SQL・データベース' },
  { aliases: ['エクセル', 'ピボットテーブル'], category: 'it', name: 'Excel（関数・集計）' },
  { aliases: ['VBA', 'マクロ'], category: 'it', name: 'Excel VBA' },
  { aliases: ['WinActor', 'UiPath', 'Power Automate'], category: 'it', name: 'RPA' },
  { aliases: ['kintone', 'キントーン', 'ローコード', 'Power Apps'], category: 'it', name: 'ノーコード開発' },
  { aliases: ['kintone'], category: 'it', description: '旧分類（ノーコード開発に統合予定）', name: 'kintoneアプリ作成' },
  { aliases: ['HTML', 'CSS', 'ウェブアクセシビリティ', 'JIS X 8341-3'], category: 'it', name: 'Webサイト制作' },
  { aliases: ['ネットワーク', 'LAN', 'サーバー'], category: 'it', name: 'ネットワーク・サーバー管理' },
  { aliases: ['情報処理安全確保支援士', 'セキュリティ', 'ISMS'], category: 'it', name: '情報セキュリティ' },
  { aliases: ['AWS', 'ガバメントクラウド', 'Azure'], category: 'it', name: 'クラウド' },
  { aliases: ['ChatGPT', '生成AI', 'プロンプト'], category: 'it', name: '生成AI活用' },
  { aliases: ['調達仕様書', 'RFP', 'システム調達'], category: 'it', name: 'システム調達・仕様書作成' },
  { aliases: ['プロジェクトマネージャ', 'PMP', 'PM'], category: 'it', name: 'プロジェクト管理' },
  // 統計・データ
  { aliases: ['統計検定', '統計分析', '多変量解析', '回帰分析'], category: 'data', name: '統計解析' },
  { aliases: ['データ解析', 'データ活用'], category: 'data', name: 'データ分析' },
  { aliases: ['社会調査士', 'アンケート', '世論調査'], category: 'data', name: 'アンケート設計・調査' },
  { aliases: ['BI', 'Tableau', 'Power BI', 'ダッシュボード'], category: 'data', name: 'データ可視化' },
  { aliases: ['R'], category: 'data', name: 'R言語' },
  { aliases: ['EBPM', 'ロジックモデル'], category: 'data', name: '証拠に基づく政策立案（EBPM）' },
  { aliases: ['GIS', 'QGIS', 'ArcGIS', '地理情報システム', '測量士'], category: 'data', name: 'GIS（地理情報システム）' },
  { aliases: ['オープンデータ', 'RESAS'], category: 'data', name: 'オープンデータ・RESAS活用' },
  // 語学
  { aliases: ['TOEIC', '英検', '英会話', '英訳', '通訳案内士'], category: 'language', name: '英語' },
  { aliases: ['HSK', '中国語検定'], category: 'language', name: '中国語' },
  { aliases: ['ハングル', 'ハングル能力検定', 'TOPIK'], category: 'language', name: '韓国語' },
  { aliases: ['手話通訳', '手話技能検定'], category: 'language', name: '手話' },
  // 法務
  { aliases: ['例規審査', '条例', '法制執務'], category: 'legal', name: '法令・例規審査' },
  { aliases: ['契約', '入札'], category: 'legal', name: '契約事務' },
  { aliases: ['個人情報', 'APPI', '個人情報保護士'], category: 'legal', name: '個人情報保護' },
  { aliases: ['行政不服審査', '訴訟'], category: 'legal', name: '行政不服審査・訴訟対応' },
  // 広報・デザイン
  { aliases: ['Illustrator', 'Photoshop', 'チラシ作成', 'DTP'], category: 'pr', name: 'グラフィックデザイン' },
  { aliases: ['Premiere', '動画制作', 'YouTube'], category: 'pr', name: '動画編集' },
  { aliases: ['SNS', 'LINE', 'Instagram', 'X（旧Twitter）'], category: 'pr', name: 'SNS運用' },
  { aliases: ['写真', 'カメラ'], category: 'pr', name: '写真撮影' },
  { aliases: ['Webライティング', 'コピーライティング', '記事作成'], category: 'pr', name: 'ライティング' },
  { aliases: ['イベント', '催事'], category: 'pr', name: 'イベント企画・運営' },
  // 財務・会計
  { aliases: ['日商簿記', '簿記', '公会計'], category: 'finance', name: '簿記・会計' },
  { aliases: ['予算', '予算要求'], category: 'finance', name: '予算編成' },
  // 企画・政策
  { aliases: ['ファシリテーター', 'ワークショップ'], category: 'planning', name: 'ファシリテーション' },
  { aliases: ['BPR', '業務改善', '業務フロー'], category: 'planning', name: '業務改善（BPR）' },
  { aliases: ['政策立案', '総合計画'], category: 'planning', name: '政策企画' },
  // 産業・経営支援
  { aliases: ['中小企業診断士', '経営診断', '財務分析'], category: 'business', name: '経営分析' },
  { aliases: ['創業', 'スタートアップ', '事業計画'], category: 'business', name: '創業支援' },
  { aliases: ['貿易実務検定', '輸出', '通関'], category: 'business', name: '貿易実務' },
  { aliases: ['インバウンド', 'DMO'], category: 'business', name: '観光マーケティング' },
  // 保健・福祉
  { aliases: ['保健師', '特定保健指導'], category: 'welfare', name: '保健指導' },
  { aliases: ['社会福祉士', '精神保健福祉士', 'ケースワーク'], category: 'welfare', name: '相談援助' },
  { aliases: ['保育士', '子育て支援員'], category: 'welfare', name: '子育て支援' },
  // 農林水産
  { aliases: ['農業普及指導員', '営農指導'], category: 'agriculture', name: '農業普及' },
  { aliases: ['森林施業', '林業技士'], category: 'agriculture', name: '森林・林業' },
  // 防災
  { aliases: ['防災士', '地域防災計画', 'BCP'], category: 'disaster', name: '防災計画' },
  { aliases: ['危機管理', '災害対応'], category: 'disaster', name: '災害対応' },
]
