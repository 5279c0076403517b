/**
 * Text processing per language, shared by the corpus builder and the search: folding (case,
 * ё = е, quotation marks and dashes), words, function words, negations and stems, for English,
 * Russian and Kazakh. Pure: no DOM, no Node APIs.
 *
 * Two stemmers per language, because the two uses want different things:
 * - `stem`: for comparing statements (topic rules, corroborations, echoes): as coarse as the
 *   language's standard stemmer (English Porter; Russian Snowball; Kazakh light, kazakh.ts);
 * - `searchStem`: for the search index: English strips only inflections (englishLightStem, so
 *   "nation" does not find "national"), Russian and Kazakh as `stem` (their endings are
 *   inflections; derivational suffixes are few in what the stemmers remove).
 */
import { englishLightStem, englishSpelling, englishStem } from './english'
import { foldText } from './fold'
import { kazakhStem } from './kazakh'
import type { Language } from './languages'
import { russianStem } from './russian'
import { scanWords } from './scan'
import { isNegation, isNegationPair, isStopword } from './stopwords'

export { foldChar, foldText, PUNCTUATION_EQUIVALENTS, QUOTE_EQUIVALENTS } from './fold'
export { guessLanguage, isLanguage, LANGUAGES, languageOf, type Language } from './languages'
export { isWordChar, scanWords, stripPossessive } from './scan'
export { isNegation, isPrivative, isStopword } from './stopwords'
export { englishSpelling } from './english'

const STEMMERS: Readonly<Record<Language, (word: string) => string>> = {
  en: englishStem,
  ru: russianStem,
  kk: kazakhStem,
}
const SEARCH_STEMMERS: Readonly<Record<Language, (word: string) => string>> = {
  en: englishLightStem,
  ru: russianStem,
  kk: kazakhStem,
}

const CACHE_LIMIT = 200_000
function memoised(stemmers: Readonly<Record<Language, (word: string) => string>>) {
  const caches: Record<Language, Map<string, string>> = {
    en: new Map(),
    ru: new Map(),
    kk: new Map(),
  }
  return (word: string, language: Language): string => {
    const cache = caches[language]
    let out = cache.get(word)
    if (out === undefined) {
      out = /\d/.test(word) ? word : stemmers[language](word)
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(word, out)
    }
    return out
  }
}

/** The comparison stem of a folded word (see the module comment). Memoised. */
export const stem = memoised(STEMMERS)

/** The search stem of a folded word without its possessive ending (stripPossessive). Memoised. */
export const searchStem = memoised(SEARCH_STEMMERS)

/** A word of a text: where it is, its folded form, its stem, and what kind of word it is. */
export interface Word {
  start: number
  end: number
  /** Folded (lower case, ё = е, plain apostrophes). */
  folded: string
  /** Comparison stem (`stem`). */
  stem: string
  /** A function word, or a single letter: ignored by rules and similarity. */
  stop: boolean
  /** A negation (not, never, не, емес…). */
  negation: boolean
}

interface Analysis {
  stem: string
  stop: boolean
  negation: boolean
}
const analyses: Record<Language, Map<string, Analysis>> = {
  en: new Map(),
  ru: new Map(),
  kk: new Map(),
}

function analyse(word: string, language: Language): Analysis {
  const cache = analyses[language]
  let analysis = cache.get(word)
  if (analysis === undefined) {
    const base = language === 'en' ? englishSpelling(word) : word
    analysis = {
      stem: stem(word, language),
      stop: base.length < 2 || isStopword(base, language),
      negation: isNegation(word, language),
    }
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(word, analysis)
  }
  return analysis
}

/** The words of a text in a language, with their offsets into it, stems and kinds. */
export function words(text: string, language: Language): Word[] {
  const folded = foldText(text)
  const out: Word[] = []
  scanWords(folded, (start, end) => {
    const word = folded.slice(start, end)
    out.push({ start, end, folded: word, ...analyse(word, language) })
  })
  // Two-word negations: "rather than X", "instead of X" deny X as "not X" does.
  for (let i = 0; i + 1 < out.length; i++)
    if (isNegationPair(out[i]!.folded, out[i + 1]!.folded, language)) out[i]!.negation = true
  return out
}
