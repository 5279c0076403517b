/**
 * Keyword in context: every occurrence of a term in the statements, one line each, with the
 * words to its left and right, and the three orders a concordance is read in (by source, by
 * the words to the left read outward from the match, by the words to the right).
 */
import type { CorpusModel } from '../corpus/model'
import { inSourceOrder } from '../corpus/grouping'
import type { Quote } from '../corpus/schema'
import type { KwicSort } from './options'
import { analyseText, findTerm, type AnalysedText, type TermQuery } from './term-match'

/** How many characters of context each side of the match keeps (cut at a word). */
export const CONTEXT_CHARS = 70
/** How many words each side a sort compares. */
const SORT_WORDS = 4

export interface KwicLine {
  readonly quoteId: string
  readonly sessionId: string
  readonly sourceId: string
  /** Where the match is in the statement's verbatim text. */
  readonly start: number
  readonly end: number
  /**
   * The context, verbatim but for white space runs shown as one space, `…` where it is cut; the
   * space between it and the match (if any) is kept, so `left + match + right` reads as the text.
   */
  readonly left: string
  readonly match: string
  readonly right: string
  /** Folded words to the left, the nearest first, and to the right: what the sorts compare. */
  readonly leftWords: readonly string[]
  readonly rightWords: readonly string[]
}

export interface KwicOptions {
  /** Only the statements of these sessions (all when empty or absent). */
  readonly sessions?: readonly string[]
  readonly contextChars?: number
}

/** The lines of a term, in source order (session, source, position in the source). */
export function kwicLines(
  model: CorpusModel,
  term: TermQuery,
  options: KwicOptions = {},
): KwicLine[] {
  const sessions = options.sessions?.length ? new Set(options.sessions) : null
  const lines: KwicLine[] = []
  for (const quote of quotesInSourceOrder(model)) {
    if (sessions && !sessions.has(quote.sessionId)) continue
    const source = model.sourceById.get(quote.sourceId)
    const analysed = analyseText(quote.text, source?.language ?? 'en')
    for (const span of findTerm(analysed, term))
      lines.push(kwicLine(quote, analysed, span, options.contextChars ?? CONTEXT_CHARS))
  }
  return lines
}

/**
 * The statements in the order a reader meets them: by session, then as the session page reads
 * them (source by source, each in its own order).
 */
export function quotesInSourceOrder(model: CorpusModel): Quote[] {
  const session = (q: Quote) => model.sessionById.get(q.sessionId)?.number ?? 0
  // Array.prototype.sort is stable: within a session, the reading order stays.
  return inSourceOrder(model, model.corpus.quotes).sort((a, b) => session(a) - session(b))
}

function kwicLine(
  quote: Quote,
  analysed: AnalysedText,
  [start, end]: readonly [number, number],
  contextChars: number,
): KwicLine {
  const { text, tokens } = analysed
  const before = tokens.filter((t) => t.end <= start)
  const after = tokens.filter((t) => t.start >= end)
  return {
    quoteId: quote.id,
    sessionId: quote.sessionId,
    sourceId: quote.sourceId,
    start,
    end,
    left: leftContext(text, start, contextChars),
    match: squeeze(text.slice(start, end)),
    right: rightContext(text, end, contextChars),
    leftWords: before
      .slice(-SORT_WORDS)
      .reverse()
      .map((t) => t.word),
    rightWords: after.slice(0, SORT_WORDS).map((t) => t.word),
  }
}

/** Up to `max` characters before `at`, starting at a word; `…` when the text goes on. */
export function leftContext(text: string, at: number, max: number): string {
  let from = Math.max(0, at - max)
  // Cut inside a word: start after its end.
  if (from > 0 && !/\s/.test(text[from - 1] as string)) {
    const space = text.slice(from, at).search(/\s/)
    from = space === -1 ? at : from + space + 1
  }
  const context = squeeze(text.slice(from, at)).trimStart()
  return from > 0 ? `…${context}` : context
}

/** Up to `max` characters after `at`, ending at a word; `…` when the text goes on. */
export function rightContext(text: string, at: number, max: number): string {
  let to = Math.min(text.length, at + max)
  // Cut inside a word: end before its start.
  if (to < text.length && !/\s/.test(text[to] as string)) {
    const space = text.slice(at, to).search(/\s\S*$/)
    to = space === -1 ? at : at + space
  }
  const context = squeeze(text.slice(at, to)).trimEnd()
  return to < text.length ? `${context}…` : context
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ')

/**
 * The lines in `sort` order. `compare` orders two words (the interface passes its language's
 * collation); lines that compare equal keep source order, so the result is deterministic.
 */
export function sortKwicLines(
  lines: readonly KwicLine[],
  sort: KwicSort,
  compare: (a: string, b: string) => number = compareStrings,
): KwicLine[] {
  if (sort === 'source') return [...lines]
  const key = sort === 'left' ? (l: KwicLine) => l.leftWords : (l: KwicLine) => l.rightWords
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => compareWords(key(a.line), key(b.line), compare) || a.index - b.index)
    .map(({ line }) => line)
}

/** Word by word; a line with no word on that side (the match ends its statement) comes first. */
function compareWords(
  a: readonly string[],
  b: readonly string[],
  compare: (a: string, b: string) => number,
): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const c = compare(a[i] as string, b[i] as string)
    if (c !== 0) return c
  }
  return a.length - b.length
}

/** The forms a term was found in (folded), most frequent first: what "by stem" matched. */
export function matchedForms(lines: readonly KwicLine[]): { form: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const line of lines) {
    const form = line.match.toLocaleLowerCase()
    counts.set(form, (counts.get(form) ?? 0) + 1)
  }
  return [...counts]
    .map(([form, count]) => ({ form, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.form, b.form))
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
