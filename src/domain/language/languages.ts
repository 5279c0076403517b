/** The languages of the corpus: its documents, its search and its interface. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** A document's `language` as one of ours: a regional tag counts (ru-KZ → ru); else English. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0]
  return isLanguage(base) ? base : 'en'
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/
const CYRILLIC = /[\u0400-\u04ff]/

/**
 * The language a short text (a query, a word) is most likely in, from its letters alone:
 * Cyrillic with a Kazakh letter is Kazakh, other Cyrillic Russian, anything else English. A
 * Kazakh word without one of its own letters (мемлекет) reads as Russian: callers that can
 * should try both.
 */
export function guessLanguage(text: string): Language {
  if (KAZAKH_LETTERS.test(text)) return 'kk'
  return CYRILLIC.test(text) ? 'ru' : 'en'
}
