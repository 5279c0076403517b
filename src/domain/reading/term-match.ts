/**
 * A word or phrase to look for in statements, and where it occurs in one: the matching that the
 * KWIC view (kwic.ts) and the term trends (term-trends.ts) share, built on the explorer's search
 * normalisation and stems (src/domain/search), so that both count what the search finds.
 *
 * - Words (`language`, `kazakh language`): matched by stem, in the statement's language, as the
 *   search index stems them (`indexStem`), so `language` also finds "languages" and `единство`
 *   finds "единства". Several words must stand next to each other, in that order (punctuation
 *   between them aside): `kazakh language` finds "Kazakh languages", not "language of the
 *   Kazakh". A typed Cyrillic word may be Russian or Kazakh: either reading counts
 *   (`queryStems`). Unlike the search box, no typo is forgiven and no prefix completed: a count
 *   must count the word asked for.
 * - A phrase in double quotation marks (`"kazakh language"`): matched letter for letter (case,
 *   accents and the style of quotation marks aside), whole words at both ends, as the search's
 *   exact phrases (`phraseMatcher`).
 */
import { languageOf, type Language } from '../language'
import { foldText, normalizeQuotes, tokenizeFolded, type Token } from '../search/normalize'
import { phraseMatcher } from '../search/phrase'
import { indexStem, queryStems } from '../search/stemmer'

/** The longest term read; the rest is cut (a URL may carry anything). */
export const MAX_TERM_CHARS = 200
/** A term of more words than this is cut to its first ones. */
export const MAX_TERM_WORDS = 8

export type TermQuery =
  | {
      readonly mode: 'stem'
      /** The term as it is shown: its words, folded, separated by single spaces. */
      readonly label: string
      /** For each word, the stems it may have in a statement (Russian and Kazakh readings). */
      readonly words: readonly (readonly string[])[]
    }
  | {
      readonly mode: 'exact'
      /** The phrase, folded, white space collapsed. */
      readonly label: string
      readonly matcher: RegExp
    }

export type MatchMode = TermQuery['mode']

/**
 * Reads a typed term: a phrase in double quotation marks is exact, anything else is words
 * matched by stem. Null when it holds no word at all (blank, only punctuation).
 */
export function parseTerm(input: string): TermQuery | null {
  const text = foldText(normalizeQuotes(input.slice(0, MAX_TERM_CHARS))).trim()
  const quoted = /^"([^"]*)"?$/.exec(text)
  if (quoted) {
    const phrase = (quoted[1] as string).trim().replace(/\s+/g, ' ')
    if (tokenizeFolded(phrase).length === 0) return null
    return { mode: 'exact', label: phrase, matcher: phraseMatcher({ text: phrase, open: false }) }
  }
  const tokens = tokenizeFolded(text.replace(/"/g, ' ')).slice(0, MAX_TERM_WORDS)
  if (tokens.length === 0) return null
  return {
    mode: 'stem',
    label: tokens.map((t) => t.word).join(' '),
    words: tokens.map((t) => queryStems(t.word)),
  }
}

/** A half-open range [start, end) of a statement's verbatim text. */
export type Span = readonly [start: number, end: number]

/**
 * A statement's text prepared once for any number of terms: folded (same offsets as the
 * verbatim text), its words, and each word's stem in the statement's language.
 */
export interface AnalysedText {
  readonly text: string
  readonly folded: string
  readonly tokens: readonly Token[]
  readonly stems: readonly string[]
}

export function analyseText(text: string, language: Language | string): AnalysedText {
  const folded = foldText(text)
  const tokens = tokenizeFolded(folded)
  const lang = languageOf(language)
  return { text, folded, tokens, stems: tokens.map((t) => indexStem(t.word, lang)) }
}

/** How many words a text has, counted as the search index counts them. */
export const wordCount = (analysed: AnalysedText): number => analysed.tokens.length

/** Where the term occurs in the text, in text order, never overlapping. */
export function findTerm(analysed: AnalysedText, term: TermQuery): Span[] {
  return term.mode === 'exact'
    ? findExact(analysed.folded, term.matcher)
    : findStems(analysed, term)
}

function findExact(folded: string, matcher: RegExp): Span[] {
  const spans: Span[] = []
  matcher.lastIndex = 0
  for (const match of folded.matchAll(matcher))
    spans.push([match.index, match.index + match[0].length])
  return spans
}

function findStems(
  { tokens, stems }: AnalysedText,
  term: Extract<TermQuery, { mode: 'stem' }>,
): Span[] {
  const spans: Span[] = []
  const n = term.words.length
  for (let i = 0; i + n <= tokens.length; i++) {
    let k = 0
    while (k < n && (term.words[k] as readonly string[]).includes(stems[i + k] as string)) k++
    if (k < n) continue
    const first = tokens[i] as Token
    const last = tokens[i + n - 1] as Token
    // A possessive ending is not part of the word ("Kazakhstan's" matches "Kazakhstan").
    spans.push([first.start, last.start + last.word.length])
    i += n - 1
  }
  return spans
}
