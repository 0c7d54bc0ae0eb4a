import type { CheckpointKey } from '../constants'
import type { AnalyticsTranslationKey } from '../translations'

/** The label of a checkpoint (`1h` → 「1時間後」, `manual` → 「手動取得」). */
export const checkpointLabelKey = (key: CheckpointKey | string): AnalyticsTranslationKey => `checkpoint.${key}` as AnalyticsTranslationKey
