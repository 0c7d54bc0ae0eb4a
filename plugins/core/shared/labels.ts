/**
 * A label in one language: the text itself, else that language's, else Japanese (the product's
 * language), else whichever the label has.
 */
export const labelIn = (label: Record<string, string> | string, language = 'ja'): string =>
  typeof label === 'string' ? label : (label[language] ?? label.ja ?? Object.values(label)[0] ?? '')
