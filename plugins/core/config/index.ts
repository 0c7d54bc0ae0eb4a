export { appendAdminComponents } from './admin'
export { appendFields, appendHooks, applyOverrides, type CollectionOverrides, mapCollection } from './collections'
export { pluginTranslations, translationLabels, withCore, withTranslations } from './i18n'
export { integerOption, optionsSlot } from './options'
