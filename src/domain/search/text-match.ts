/**
 * Text matching: which statements hold every word and phrase of a query, and how relevant each
 * is (BM25 over the text index). A pure function of the index, the parsed query and the
 * scratch space (search-scratch.ts): it fills `candidates` and `score`, and leaves `matched`
 * all zeros as it found it.
 */
import { containsPhrase, containsPlainPhrase, phraseMatcher } from './phrase'
import type { ParsedQuery, QueryTerm } from './query'
import type { SearchScratch } from './search-scratch'
import { documentFrequency, termsWithPrefix, type TextIndex } from './text-index'

/** How much a completed prefix or a corrected typo counts against an exact match. */
const PREFIX_WEIGHT = 0.5
const TYPO_WEIGHT = 0.45

// BM25's usual constants.
const K1 = 1.2
const B = 0.75

/**
 * While a word is short, its completions are many and mostly noise ("k" starts thousands of
 * words): only the most frequent ones are searched, so the first keystrokes stay fast.
 */
export function completionLimit(prefixLength: number): number {
  if (prefixLength <= 1) return 8
  if (prefixLength === 2) return 24
  if (prefixLength === 3) return 96
  return 2048
}

/** One index term a query word stands for, and how much a match on it counts (exact: 1). */
export interface Expansion {
  readonly term: number
  readonly weight: number
}

/** What text matching reads besides the index: BM25's per-statement length normalisation. */
export interface TextRanking {
  readonly text: TextIndex
  /**
   * K1 · (1 − B + B · length / average length), one per statement (see `lengthNormalisation`);
   * its length is the number of statements.
   */
  readonly lengthNorm: Float32Array
}

/** BM25's length normalisation depends on the statement only: computed once per index. */
export function lengthNormalisation(text: TextIndex, size: number): Float32Array {
  const lengthNorm = new Float32Array(size)
  for (let d = 0; d < size; d++) {
    lengthNorm[d] =
      K1 * (1 - B + (B * (text.docLength[d] as number)) / (text.averageDocLength || 1))
  }
  return lengthNorm
}

/**
 * The index terms a query word matches: itself, its completions if it is a prefix (the most
 * frequent ones while it is short), or, for a word the corpus does not have, its corrections.
 * A word with several possible stems (a Cyrillic word: Russian and Kazakh) matches the terms of
 * any of them, each at its best weight.
 */
export function expandTerm(text: TextIndex, term: QueryTerm): Expansion[] {
  const out = new Map<number, number>()
  const keep = (t: number, weight: number) => {
    if ((out.get(t) ?? 0) < weight) out.set(t, weight)
  }
  for (const stem of term.stems) {
    const exact = text.dictionary.get(stem)
    if (exact !== undefined) keep(exact, 1)
  }
  if (term.prefix) {
    for (const stem of term.stems) {
      const [from, to] = termsWithPrefix(text, stem)
      const completions: number[] = []
      for (let i = from; i < to; i++) {
        const t = text.alphabetical[i] as number
        if (out.get(t) !== 1) completions.push(t)
      }
      const limit = completionLimit(stem.length)
      if (completions.length > limit) {
        completions.sort((a, b) => documentFrequency(text, b) - documentFrequency(text, a))
        completions.length = limit
      }
      for (const t of completions) {
        const extra = (text.termStems[t] as string).length - stem.length
        keep(t, (PREFIX_WEIGHT * stem.length) / (stem.length + 0.3 * extra))
      }
    }
  }
  // Typos are forgiven only for words the corpus does not have: "unity" must not also find
  // "unit", but "harmny" finds "harmony".
  if (term.maxTypos > 0 && out.size === 0) {
    for (const stem of term.stems)
      for (const [, [t, distance]] of text.dictionary.fuzzyGet(stem, term.maxTypos))
        keep(t, (TYPO_WEIGHT * stem.length) / (stem.length + distance))
  }
  return [...out].map(([t, weight]) => ({ term: t, weight }))
}

/**
 * The query as conditions, rarest first: each is a list of alternative terms, any of which
 * satisfies it (a word and its completions or corrections; each word of a phrase).
 */
export function queryConditions(text: TextIndex, parsed: ParsedQuery): Expansion[][] {
  const conditions: Expansion[][] = parsed.terms.map((term) => expandTerm(text, term))
  for (const phrase of parsed.phrases) {
    phrase.stems.forEach((stems, i) => {
      const last = i === phrase.stems.length - 1
      conditions.push(
        expandTerm(text, {
          word: stems[0] as string,
          stem: stems[0] as string,
          stems,
          prefix: last && phrase.open,
          maxTypos: 0,
        }),
      )
    })
  }
  // Rarest first: the first condition bounds the candidates, the others only narrow them.
  const total = (condition: Expansion[]) => {
    let sum = 0
    for (const { term } of condition) sum += documentFrequency(text, term)
    return sum
  }
  conditions.sort((a, b) => total(a) - total(b))
  return conditions
}

/**
 * Scores the statements that hold every term and phrase of `parsed`: writes them to
 * `scratch.candidates` (in no particular order) and their relevance to `scratch.score`, adds
 * the index stems that matched to `matchedStems`, and returns how many there are.
 */
export function matchText(
  ranking: TextRanking,
  parsed: ParsedQuery,
  scratch: SearchScratch,
  matchedStems: Set<string>,
): number {
  const { text } = ranking
  const conditions = queryConditions(text, parsed)
  if (conditions.some((c) => c.length === 0)) return 0

  const size = ranking.lengthNorm.length
  let count = 0
  for (let c = 0; c < conditions.length; c++) {
    for (const { term, weight } of conditions[c]!) {
      const df = documentFrequency(text, term)
      const idf = Math.log(1 + (size - df + 0.5) / (df + 0.5))
      const w = weight * idf * (K1 + 1)
      const from = text.postingStart[term] as number
      const to = text.postingStart[term + 1] as number
      if (c === 0) count = scoreFirst(ranking, scratch, from, to, w, count)
      else scoreNext(ranking, scratch, from, to, w, c)
    }
  }
  for (const condition of conditions)
    for (const { term } of condition) matchedStems.add(text.termStems[term] as string)
  return keepFullMatches(text, parsed, scratch, count, conditions.length)
}

/**
 * The first (rarest) condition: every statement it holds becomes a candidate, `matched` 1 and
 * `score` reset. Returns the candidate count.
 */
function scoreFirst(
  { text, lengthNorm }: TextRanking,
  { matched, score, candidates }: SearchScratch,
  from: number,
  to: number,
  w: number,
  count: number,
): number {
  const { postingDoc, postingCount } = text
  for (let p = from; p < to; p++) {
    const d = postingDoc[p] as number
    if (matched[d] === 0) {
      matched[d] = 1
      score[d] = 0
      candidates[count++] = d
    }
    const tf = postingCount[p] as number
    score[d] = (score[d] as number) + (w * tf) / (tf + (lengthNorm[d] as number))
  }
  return count
}

/**
 * Condition c (0-based) only scores statements that met all conditions before it
 * (`matched[d] === c`), and counts it for them (`matched[d] = c + 1`).
 */
function scoreNext(
  { text, lengthNorm }: TextRanking,
  { matched, score }: SearchScratch,
  from: number,
  to: number,
  w: number,
  c: number,
): void {
  const { postingDoc, postingCount } = text
  for (let p = from; p < to; p++) {
    const d = postingDoc[p] as number
    const seen = matched[d] as number
    if (seen === c) matched[d] = c + 1
    else if (seen !== c + 1) continue
    const tf = postingCount[p] as number
    score[d] = (score[d] as number) + (w * tf) / (tf + (lengthNorm[d] as number))
  }
}

/**
 * Keeps the candidates that met all `needed` conditions and contain each phrase verbatim,
 * compacted to the front of `candidates`; zeroes `matched` for every candidate (the invariant).
 */
function keepFullMatches(
  text: TextIndex,
  parsed: ParsedQuery,
  { matched, candidates }: SearchScratch,
  count: number,
  needed: number,
): number {
  // A phrase of one word still being typed is as wide as its prefix condition above;
  // checking it letter by letter would visit thousands of statements for nothing. It is
  // checked exactly from its second word, or once its closing mark is typed.
  const phrases = parsed.phrases
    .filter((p) => !(p.open && p.stems.length === 1))
    .map((p) => ({ phrase: p, matcher: phraseMatcher(p) }))
  let kept = 0
  for (let i = 0; i < count; i++) {
    const d = candidates[i] as number
    let ok = matched[d] === needed
    matched[d] = 0
    if (ok && phrases.length > 0) {
      const folded = text.folded(d)
      const irregular = text.irregularSpace[d] === 1
      ok = phrases.every((p) =>
        irregular ? containsPhrase(folded, p.matcher) : containsPlainPhrase(folded, p.phrase),
      )
    }
    if (ok) candidates[kept++] = d
  }
  return kept
}
