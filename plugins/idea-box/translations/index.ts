import { pluginTranslations } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const NAMESPACE = 'plugin-idea-box'

export type IdeaBoxKey = keyof (typeof ja)[typeof NAMESPACE]

const texts = pluginTranslations<IdeaBoxKey>(NAMESPACE, { en, ja })

/** Merged into the config's i18n, so admin components can use `t('plugin-idea-box:…')`. */
export const { translations } = texts

/** Static labels in both admin languages, and messages in the request's admin language. */
export const { label, labelWith, message, optionsOf } = texts
