/**
 * The search syntax, parsed: words, and "exact phrases" in double quotation marks.
 *
 * - Every word must match (AND). A word matches its stem (`languages` finds `language`). A
 *   word the corpus does not have at all, from five letters on, matches the words one typo
 *   away (two typos from eight letters on, so a swap of two letters, `langauge`, still finds
 *   `language`).
 * - The last word matches as a prefix while it is being typed (no space after it yet):
 *   `kazakh lang` finds "Kazakh language".
 * - `"unity and harmony"` matches only those words in that order, letter for letter (case,
 *   accents and the style of quotation marks aside); punctuation inside the phrase counts.
 *   A phrase that is still open (no closing mark yet) matches as you type.
 * - Typographic marks are read as plain ones: “…” is "…", ’ is '.
 */
import { foldText, normalizeQuotes, tokenizeFolded } from './normalize'
import { queryStems } from './stemmer'

export interface QueryTerm {
  /** The word as typed, folded (see `foldText`). */
  readonly word: string
  /** Its likeliest stem (`stems[0]`): what makes two words of a query the same condition. */
  readonly stem: string
  /** Every stem it may have in the index (a Cyrillic word: its Russian and Kazakh readings). */
  readonly stems: readonly string[]
  /** Match index terms that start with the stem (the word is still being typed). */
  readonly prefix: boolean
  /** Edit distance allowed for typos: 0 below five letters. */
  readonly maxTypos: number
}

export interface QueryPhrase {
  /** The phrase folded, runs of white space collapsed to one space. */
  readonly text: string
  /**
   * Its words' stems, each word's possible stems together (see QueryTerm.stems): a document
   * must contain every word to be checked for the phrase.
   */
  readonly stems: readonly (readonly string[])[]
  /** Still being typed: its last word may be incomplete. */
  readonly open: boolean
}

export interface ParsedQuery {
  readonly terms: readonly QueryTerm[]
  readonly phrases: readonly QueryPhrase[]
}

/** A query is cut to this many words: beyond it, more words add cost and no meaning. */
export const MAX_QUERY_WORDS = 16

/** Typos allowed for a word of this many letters. */
export function typosAllowed(length: number): number {
  // Past the longest real words, it is pasted junk: matching it loosely only costs time.
  if (length > 30) return 0
  if (length >= 8) return 2
  if (length >= 5) return 1
  return 0
}

/** Longer input is cut: no real query is this long, and junk must not cost time. */
export const MAX_QUERY_CHARS = 1000

export function parseQuery(q: string): ParsedQuery {
  const text = foldText(normalizeQuotes(q.slice(0, MAX_QUERY_CHARS)))
  const terms: QueryTerm[] = []
  const phrases: QueryPhrase[] = []
  const endsInWord = /[\p{L}\p{N}]$/u.test(text)
  const parts = text.split('"')
  let words = 0
  parts.forEach((part, i) => {
    const isPhrase = i % 2 === 1
    const isLast = i === parts.length - 1
    const tokens = tokenizeFolded(part)
    if (isPhrase) {
      const phraseText = part.trim().replace(/\s+/g, ' ')
      if (tokens.length === 0 || words >= MAX_QUERY_WORDS) return
      words += tokens.length
      phrases.push({
        text: phraseText,
        stems: uniqueBy(
          tokens.map((t) => queryStems(t.word)),
          (alternatives) => alternatives.join(' '),
        ),
        // An unclosed phrase is the last part; it is open while its end is a half-typed word.
        open: isLast && endsInWord,
      })
      return
    }
    tokens.forEach((token, j) => {
      if (words >= MAX_QUERY_WORDS) return
      words++
      const lastTyped = isLast && j === tokens.length - 1 && endsInWord
      const stems = queryStems(token.word)
      terms.push({
        word: token.word,
        stem: stems[0] as string,
        stems,
        prefix: lastTyped,
        maxTypos: typosAllowed(token.word.length),
      })
    })
  })
  return { terms: dedupeTerms(terms), phrases }
}

/** True when the query has nothing to search for (only spaces, quotation marks, punctuation). */
export function isBlankQuery(parsed: ParsedQuery): boolean {
  return parsed.terms.length === 0 && parsed.phrases.length === 0
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const x of xs) if (!seen.has(key(x))) seen.set(key(x), x)
  return [...seen.values()]
}

/** "unity unity" is one condition; a prefix form wins over the exact one as it is wider. */
function dedupeTerms(terms: QueryTerm[]): QueryTerm[] {
  const byStem = new Map<string, QueryTerm>()
  for (const term of terms) {
    const seen = byStem.get(term.stem)
    if (!seen || (term.prefix && !seen.prefix)) byStem.set(term.stem, term)
  }
  return [...byStem.values()]
}
