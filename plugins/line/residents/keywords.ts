/** What residents type to the account, besides answering the questions. */

/** Starts the registration again. */
export const SETTINGS_KEYWORD = '設定'
/** Shows what is stored about the resident (個人情報保護法: 開示). */
export const MY_DATA_KEYWORD = 'マイデータ'
/** Deletes it (利用停止・消去), after a confirmation. */
export const ERASE_KEYWORD = 'データ削除'
