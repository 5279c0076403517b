/**
 * The structure of a cleaned source text, for display: its title, headings, bullets and
 * paragraphs with their offsets, each cut into segments that say which statements cover
 * them. Offsets are those of `source.text`, so a statement's `start`/`end` place it exactly.
 */
import type { LeftOutPassage, LeftOutReason, Quote, Source } from './schema'

export type BlockKind = 'title' | 'heading' | 'bullet' | 'paragraph'

export interface Segment {
  start: number
  end: number
  text: string
  /** Statements that cover this stretch, outermost (longest) first; empty for plain text. */
  quoteIds: string[]
  /** Statements that begin at this segment (anchor targets). */
  starts: string[]
  /** Statements that end at this segment (where their link marker goes). */
  ends: string[]
  /** Why the corpus did not take this stretch as a statement, where it says so (else null). */
  leftOut: LeftOutReason | null
  /** A passage left out ends here (where its label goes). */
  leftOutEnds: boolean
}

export interface Block {
  kind: BlockKind
  /** Offsets of the block's text in `source.text` (a bullet's "· " marker excluded). */
  start: number
  end: number
  segments: Segment[]
}

const BULLET = /^[·•▪◦‣-]\s+/

/**
 * Whether a line is a heading: a short line that does not read as a sentence (no closing
 * punctuation, no digits as in a dateline), or a line the corpus names as a section.
 */
function isHeading(line: string, sections: ReadonlySet<string>): boolean {
  const trimmed = line.trim()
  if (sections.has(trimmed)) return true
  if (trimmed.length === 0 || trimmed.length > 140) return false
  if (/[.!?:;,”"’'…)]$/.test(trimmed)) return false
  if (/\d/.test(trimmed)) return false
  return /^[\p{Lu}]/u.test(trimmed)
}

/**
 * Splits the text into blocks, one per non-empty line, and marks the statements in each, and
 * the passages the corpus left out (`source.leftOut`).
 */
export function documentBlocks(
  source: Pick<Source, 'text' | 'leftOut'>,
  quotes: readonly Quote[],
): Block[] {
  const leftOut = source.leftOut ?? []
  const text = source.text
  const sections = new Set(quotes.flatMap((q) => (q.section ? [q.section.trim()] : [])))
  const blocks: Block[] = []
  let offset = 0
  for (const rawLine of text.split('\n')) {
    const lineStart = offset
    offset += rawLine.length + 1
    const leading = rawLine.length - rawLine.trimStart().length
    const body = rawLine.trim()
    if (body.length === 0) continue
    let start = lineStart + leading
    let kind: BlockKind
    const bullet = BULLET.exec(body)
    if (bullet) {
      kind = 'bullet'
      start += bullet[0].length
    } else if (blocks.length === 0) {
      kind = 'title'
    } else {
      kind = isHeading(body, sections) ? 'heading' : 'paragraph'
    }
    const end = lineStart + rawLine.trimEnd().length
    blocks.push({ kind, start, end, segments: segmentsOf(text, start, end, quotes, leftOut) })
  }
  return blocks
}

/** Cuts `text[start, end)` at every statement boundary inside it. */
export function segmentsOf(
  text: string,
  start: number,
  end: number,
  quotes: readonly Quote[],
  leftOut: readonly LeftOutPassage[] = [],
): Segment[] {
  const inside = quotes.filter((q) => q.start < end && q.end > start)
  const passages = leftOut.filter((p) => p.start < end && p.end > start)
  const cuts = new Set([start, end])
  for (const q of [...inside, ...passages]) {
    if (q.start > start) cuts.add(q.start)
    if (q.end < end) cuts.add(q.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number
    const to = points[i + 1] as number
    const covering = inside
      .filter((q) => q.start <= from && q.end >= to)
      .sort((a, b) => b.end - b.start - (a.end - a.start))
    segments.push({
      start: from,
      end: to,
      text: text.slice(from, to),
      quoteIds: covering.map((q) => q.id),
      starts: covering
        .filter((q) => q.start === from || (q.start < start && from === start))
        .map((q) => q.id),
      ends: covering.filter((q) => q.end === to || (q.end > end && to === end)).map((q) => q.id),
      ...leftOutAt(passages, from, to, end),
    })
  }
  return segments
}

function leftOutAt(passages: readonly LeftOutPassage[], from: number, to: number, end: number) {
  const passage = passages.find((p) => p.start <= from && p.end >= to)
  return {
    leftOut: passage?.reason ?? null,
    leftOutEnds: passage !== undefined && (passage.end === to || (passage.end > end && to === end)),
  }
}

export interface QuoteInParagraph {
  /** Text of the paragraph (or bullet) before the statement, the statement, and after it. */
  before: string
  match: string
  after: string
  /** The heading the paragraph stands under, if any. */
  heading: string | null
}

/**
 * The paragraph (line) that holds a statement, split around it, so the statement can be
 * shown highlighted in its context. A statement running over several lines takes them all.
 */
export function paragraphAround(source: Pick<Source, 'text'>, quote: Quote): QuoteInParagraph {
  const text = source.text
  const lineStart = text.lastIndexOf('\n', Math.max(0, quote.start - 1)) + 1
  const nextBreak = text.indexOf('\n', quote.end)
  const lineEnd = nextBreak === -1 ? text.length : nextBreak
  const paragraphStart = quote.start === 0 ? 0 : lineStart
  const rawBefore = text.slice(paragraphStart, quote.start)
  return {
    before: rawBefore.replace(/^\s*(?:[·•▪◦‣-]\s+)?/, ''),
    match: text.slice(quote.start, quote.end),
    after: text.slice(quote.end, lineEnd).trimEnd(),
    heading: quote.section,
  }
}
