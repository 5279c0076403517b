/**
 * "Did he say that?": a pasted sentence or paragraph against the statements of a corpus.
 *
 * Pure. Words are read exactly as the search reads them (src/domain/search: `foldText`,
 * `scanWords`, `stem`), and candidates come from the search's own inverted index (the one the
 * builder writes to corpus-index.bin), so no second tokenizer and no second index exist.
 *
 * For each candidate statement, two kinds of evidence:
 * - verbatim: the longest run of identical words (case, accents, quotation-mark style and
 *   punctuation aside) shared by the text and the statement. When that run is the whole
 *   statement (the text quotes it, perhaps with more around it) or the whole text (the text is
 *   a piece of the statement), the statement is reproduced word for word;
 * - wording: the stems both share, weighted by how rare they are in the corpus (idf), as a
 *   share of the lighter side (`overlap`) and of both (`dice`), as the builder's linker does.
 *
 * The verdict is the best candidate's: verbatim, close paraphrase, related, or not found.
 * `CHECK_THRESHOLDS` are calibrated on the evaluation set (scripts/check/calibrate.ts).
 */
import { foldText, scanWords, stripPossessive } from '../search/normalize'
import { stem } from '../search/stemmer'
import { documentFrequency, type TextIndex } from '../search/text-index'
import type { Quote } from '../corpus/schema'

export type Verdict = 'verbatim' | 'paraphrase' | 'related' | 'not-found'

/** Where the statements come from: the published corpus or the user's own documents. */
export type Origin = 'corpus' | 'workspace'

/** A set of statements to check against, with the search index built over their texts. */
export interface CheckCorpus {
  readonly origin: Origin
  readonly quotes: readonly Quote[]
  /** Statement d of the index is quotes[d]. */
  readonly index: TextIndex
}

export interface CheckThresholds {
  /** Fewest words a text must have for a piece of a statement to count as quoted verbatim. */
  minVerbatimWords: number
  /** Close paraphrase: idf-weighted shared stems over the lighter side, and over both. */
  paraphraseOverlap: number
  paraphraseDice: number
  /** …with at least this many shared stems, this many of them specific. */
  minShared: number
  minSpecificShared: number
  /** Related: the same point in other words. */
  relatedOverlap: number
  minRelatedSpecific: number
}

export const CHECK_THRESHOLDS: CheckThresholds = {
  minVerbatimWords: 5,
  paraphraseOverlap: 0.5,
  paraphraseDice: 0.4,
  minShared: 3,
  minSpecificShared: 2,
  relatedOverlap: 0.3,
  minRelatedSpecific: 1,
}

/**
 * The longest text a shareable `/check?text=…` link carries: where the search codec cuts every
 * URL value (src/domain/url/search-codec.ts; a test holds the two equal). A text of exactly
 * that length read from a link may have been cut.
 */
export const MAX_CHECK_URL_CHARS = 2000
export const fitsInLink = (text: string) => text.length <= MAX_CHECK_URL_CHARS
export const mayBeCut = (text: string) => text.length >= MAX_CHECK_URL_CHARS

/** The longest text checked (about 1,500 words: a long article's worth of paragraphs). */
export const MAX_CHECK_CHARS = 10_000
/** How many statements are scored in full (the best by shared rare words). */
const CANDIDATES = 40
/** How many matches are reported. */
const MAX_MATCHES = 5
/** A stem in more than this share of statements is not specific (as in the linker). */
const SPECIFIC_SHARE = 0.1
/** Stems in more than this share of statements do not propose candidates. */
const MAX_CANDIDATE_SHARE = 0.3

export interface MatchEvidence {
  /** Words of the longest run both share word for word. */
  run: number
  /** Where that run is in the checked text (offsets into the text as given). */
  runStart: number
  runEnd: number
  /** Whole statement in the text, or whole text in the statement. */
  statementInText: boolean
  textInStatement: boolean
  shared: number
  specificShared: number
  overlap: number
  dice: number
  /** One says "not"/"no"/"never" and the other does not. */
  negationDiffers: boolean
}

export interface CheckMatch {
  readonly quote: Quote
  readonly origin: Origin
  readonly verdict: Verdict
  readonly evidence: MatchEvidence
  /** The part of the text this statement was compared with (a quoted passage, or all of it). */
  readonly compared: string
}

export interface CheckResult {
  readonly verdict: Verdict
  /** Best first; the first one decides the verdict. At most five, none for "not found". */
  readonly matches: readonly CheckMatch[]
  /** Words in the text that was checked. */
  readonly words: number
  /** Whether the text was cut to MAX_CHECK_CHARS. */
  readonly truncated: boolean
}

interface Word {
  folded: string
  stem: string
  start: number
  end: number
}

function wordsOf(text: string, offset = 0): Word[] {
  const folded = foldText(text)
  const words: Word[] = []
  scanWords(folded, (start, end) => {
    const w = stripPossessive(folded.slice(start, end))
    words.push({ folded: w, stem: stem(w), start: start + offset, end: end + offset })
  })
  return words
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'nobody', 'nothing', "n't"])
const hasNegation = (words: readonly Word[]) =>
  words.some((w) => NEGATIONS.has(w.folded) || w.folded.endsWith("n't"))

/**
 * The parts of a text worth comparing on their own: the whole text, and each passage it puts
 * between double quotation marks (a journalist pastes `He said: “…”`; the statement is what
 * stands between the marks).
 */
export function comparedParts(text: string): { text: string; offset: number }[] {
  const parts = [{ text, offset: 0 }]
  const pattern = /["“„«]([^"“”„«»]{12,}?)["”»]/g
  for (const m of text.matchAll(pattern)) {
    const inner = m[1] as string
    const offset = m.index + 1
    if (inner.trim() !== text.trim()) parts.push({ text: inner, offset })
  }
  return parts
}

/** Longest run of equal folded words, and where it ends in each sequence. */
function longestRun(a: readonly Word[], b: readonly Word[]) {
  let best = 0
  let endA = 0
  let previous = new Uint16Array(b.length + 1)
  let current = new Uint16Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    const word = (a[i - 1] as Word).folded
    for (let j = 1; j <= b.length; j++) {
      const run = word === (b[j - 1] as Word).folded ? (previous[j - 1] as number) + 1 : 0
      current[j] = run
      if (run > best) {
        best = run
        endA = i
      }
    }
    ;[previous, current] = [current, previous]
    current.fill(0)
  }
  return { run: best, endA }
}

/** Document frequency of a stem across the corpora, and their total size. */
function frequencies(corpora: readonly CheckCorpus[]) {
  const total = corpora.reduce((n, c) => n + c.index.docCount, 0)
  const cache = new Map<string, number>()
  const df = (s: string) => {
    let n = cache.get(s)
    if (n === undefined) {
      n = 0
      for (const c of corpora) {
        const term = c.index.dictionary.get(s)
        if (term !== undefined) n += documentFrequency(c.index, term)
      }
      cache.set(s, n)
    }
    return n
  }
  return { total, df, idf: (s: string) => Math.log(1 + total / Math.max(1, df(s))) }
}

type Frequencies = ReturnType<typeof frequencies>

/** The statements that share the most rare words with the text (by summed idf). */
function candidates(
  stems: ReadonlySet<string>,
  corpora: readonly CheckCorpus[],
  freq: Frequencies,
): { corpus: CheckCorpus; doc: number }[] {
  const scored: { corpus: CheckCorpus; doc: number; score: number }[] = []
  for (const corpus of corpora) {
    const { index } = corpus
    const score = new Float64Array(index.docCount)
    const touched: number[] = []
    const limit = Math.max(3, index.docCount * MAX_CANDIDATE_SHARE)
    for (const s of stems) {
      const term = index.dictionary.get(s)
      if (term === undefined) continue
      const from = index.postingStart[term] as number
      const to = index.postingStart[term + 1] as number
      if (to - from > limit) continue
      const weight = freq.idf(s)
      for (let p = from; p < to; p++) {
        const d = index.postingDoc[p] as number
        if (score[d] === 0) touched.push(d)
        score[d] = (score[d] as number) + weight
      }
    }
    for (const d of touched) scored.push({ corpus, doc: d, score: score[d] as number })
  }
  scored.sort(
    (a, b) =>
      b.score - a.score || a.corpus.quotes[a.doc]!.id.localeCompare(b.corpus.quotes[b.doc]!.id),
  )
  return scored.slice(0, CANDIDATES)
}

function evidence(
  part: readonly Word[],
  statement: readonly Word[],
  freq: Frequencies,
): MatchEvidence {
  const { run, endA } = longestRun(part, statement)
  const partStems = new Set(part.map((w) => w.stem))
  const statementStems = new Set(statement.map((w) => w.stem))
  const weight = (set: Set<string>) => {
    let w = 0
    for (const s of set) w += freq.idf(s)
    return w
  }
  const maxSpecific = Math.max(2, Math.ceil(freq.total * SPECIFIC_SHARE))
  let shared = 0
  let specificShared = 0
  let sharedWeight = 0
  for (const s of partStems) {
    if (!statementStems.has(s)) continue
    shared++
    if (freq.df(s) <= maxSpecific) specificShared++
    sharedWeight += freq.idf(s)
  }
  const wa = weight(partStems)
  const wb = weight(statementStems)
  const first = part[endA - run]
  const last = part[endA - 1]
  return {
    run,
    runStart: run > 0 && first ? first.start : 0,
    runEnd: run > 0 && last ? last.end : 0,
    statementInText: run > 0 && run === statement.length,
    textInStatement: run > 0 && run === part.length,
    shared,
    specificShared,
    overlap: Math.min(wa, wb) > 0 ? sharedWeight / Math.min(wa, wb) : 0,
    dice: wa + wb > 0 ? (2 * sharedWeight) / (wa + wb) : 0,
    negationDiffers: hasNegation(part) !== hasNegation(statement),
  }
}

/** The verdict that one piece of evidence supports. */
export function verdictOf(e: MatchEvidence, t: CheckThresholds = CHECK_THRESHOLDS): Verdict {
  if (
    (e.statementInText && e.run >= Math.min(3, t.minVerbatimWords)) ||
    (e.textInStatement && e.run >= t.minVerbatimWords)
  )
    return 'verbatim'
  const enough = e.shared >= t.minShared && e.specificShared >= t.minSpecificShared
  if (
    enough &&
    !e.negationDiffers &&
    e.overlap >= t.paraphraseOverlap &&
    e.dice >= t.paraphraseDice
  )
    return 'paraphrase'
  if (e.specificShared >= t.minRelatedSpecific && e.shared >= 2 && e.overlap >= t.relatedOverlap)
    return 'related'
  return 'not-found'
}

const RANK: Record<Verdict, number> = { verbatim: 3, paraphrase: 2, related: 1, 'not-found': 0 }

/** Checks a text against the statements of the given corpora. */
export function checkText(
  input: string,
  corpora: readonly CheckCorpus[],
  thresholds: CheckThresholds = CHECK_THRESHOLDS,
): CheckResult {
  const truncated = input.length > MAX_CHECK_CHARS
  const text = truncated ? input.slice(0, MAX_CHECK_CHARS) : input
  const parts = comparedParts(text)
    .map((p) => ({ ...p, words: wordsOf(p.text, p.offset) }))
    .filter((p) => p.words.length > 0)
  const all = parts[0]?.words ?? []
  if (all.length === 0) return { verdict: 'not-found', matches: [], words: 0, truncated }
  const freq = frequencies(corpora)
  const found = candidates(new Set(all.map((w) => w.stem)), corpora, freq)

  const matches: CheckMatch[] = []
  for (const { corpus, doc } of found) {
    const quote = corpus.quotes[doc]
    if (!quote) continue
    const statement = wordsOf(quote.text)
    let best: CheckMatch | null = null
    for (const part of parts) {
      const e = evidence(part.words, statement, freq)
      const verdict = verdictOf(e, thresholds)
      const candidate: CheckMatch = {
        quote,
        origin: corpus.origin,
        verdict,
        evidence: e,
        compared: part.text,
      }
      if (!best || better(candidate, best)) best = candidate
    }
    if (best && best.verdict !== 'not-found') matches.push(best)
  }
  matches.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
  const top = matches.slice(0, MAX_MATCHES)
  return { verdict: top[0]?.verdict ?? 'not-found', matches: top, words: all.length, truncated }
}

function better(a: CheckMatch, b: CheckMatch): boolean {
  if (RANK[a.verdict] !== RANK[b.verdict]) return RANK[a.verdict] > RANK[b.verdict]
  if (a.verdict === 'verbatim' && a.evidence.run !== b.evidence.run)
    return a.evidence.run > b.evidence.run
  const sa = a.evidence.overlap + a.evidence.dice
  const sb = b.evidence.overlap + b.evidence.dice
  if (sa !== sb) return sa > sb
  return a.quote.id < b.quote.id
}

/**
 * Why the best match got its verdict, as a code the interface puts into words (in its
 * language), with the share of distinctive words in common (0–100) where that is the reason.
 */
export type VerdictReason =
  | 'not-found'
  | 'verbatim-direct'
  | 'verbatim-reported'
  | 'paraphrase'
  | 'related-negation'
  | 'related'

export function verdictReason(match: CheckMatch | undefined): {
  reason: VerdictReason
  overlap: number
} {
  const overlap = match ? Math.round(Math.min(1, match.evidence.overlap) * 100) : 0
  if (!match || match.verdict === 'not-found') return { reason: 'not-found', overlap }
  switch (match.verdict) {
    case 'verbatim':
      return {
        reason: match.quote.kind === 'direct' ? 'verbatim-direct' : 'verbatim-reported',
        overlap,
      }
    case 'paraphrase':
      return { reason: 'paraphrase', overlap }
    case 'related':
      return {
        reason:
          match.evidence.negationDiffers &&
          match.evidence.overlap >= CHECK_THRESHOLDS.paraphraseOverlap
            ? 'related-negation'
            : 'related',
        overlap,
      }
  }
}
