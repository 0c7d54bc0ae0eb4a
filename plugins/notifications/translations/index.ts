import { pluginTranslations } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const NAMESPACE = 'plugin-notifications'

export type NotificationsKey = keyof (typeof ja)[typeof NAMESPACE]

const texts = pluginTranslations<NotificationsKey>(NAMESPACE, { en, ja })

/** Merged into the config's i18n, so the admin shows the labels in its language. */
export const { translations } = texts

/** Static labels in both admin languages, and messages in the request's admin language. */
export const { label, message, optionsOf } = texts
