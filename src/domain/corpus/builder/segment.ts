/**
 * Stage 2 — segment: cleaned text → blocks (title, dateline, heading, bullet, paragraph) → sentences.
 *
 * One line of cleaned text is one block. Sentences come from `Intl.Segmenter` (ICU's rules:
 * decimals, initials, "…” He said"); a boundary it proposes inside a quoted passage, or after a
 * title such as "Mr.", is dropped, so a quotation of several sentences stays inside the
 * sentence that carries it.
 */
import { scanQuotations, type QuotedSpan } from './quotation-marks'

export interface Span {
  start: number
  end: number
}

export type BlockKind = 'title' | 'dateline' | 'heading' | 'bullet' | 'paragraph'

export interface Block extends Span {
  kind: BlockKind
  /** The heading this block stands under (a heading's own section is itself). */
  section: string | null
  /** Outermost quoted passages of the block. */
  quotations: QuotedSpan[]
  /** Sentences (empty for titles, datelines and headings). */
  sentences: Span[]
}

export interface SegmentProblem {
  offset: number
  message: string
  hint: string
}

export interface SegmentedText {
  blocks: Block[]
  problems: SegmentProblem[]
}

const BULLET = /^[·•‣◦▪●*–—-]\s+/
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const DATELINE = new RegExp(
  `^(?:[A-Z][\\p{L} -]*,\\s*)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'u',
)
const SENTENCE_END = /[.!?…:;,]["”’»)\]]*$/

/**
 * A short line that does not end like a sentence and starts with a capital or a digit.
 * A document's first line may be longer: titles are (headlines of 17+ words are common).
 */
function looksLikeHeading(line: string, isFirst: boolean): boolean {
  if (line.length > (isFirst ? 240 : 140) || SENTENCE_END.test(line)) return false
  if (!/^[\p{Lu}\p{N}]/u.test(line)) return false
  return line.split(/\s+/).length <= (isFirst ? 32 : 16)
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
/**
 * Node's ICU data has no abbreviation list for sentence breaks, so "Mr. Smith" would split:
 * a piece ending in one of these titles or abbreviations is joined to the next.
 */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Col|Lt|Sgt|Rev|Hon|Gov|Sen|Rep|Amb|Art|Vol|pp|cf|vs|approx|e\.g|i\.e)\.\s*$/

/** Sentence spans of text[start, end), never splitting inside a quoted passage. */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  quotations: readonly QuotedSpan[],
): Span[] {
  const inQuote = (offset: number) => quotations.some((q) => offset > q.open && offset <= q.close)
  const sentences: Span[] = []
  let sentenceStart = start
  for (const piece of sentenceSegmenter.segment(text.slice(start, end))) {
    const boundary = start + piece.index + piece.segment.length
    if (boundary < end && (inQuote(boundary) || ABBREVIATION_END.test(piece.segment))) continue
    sentences.push(trimSpan(text, sentenceStart, boundary))
    sentenceStart = boundary
  }
  return sentences.filter((s) => s.end > s.start)
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { start, end }
}

export function segment(text: string): SegmentedText {
  const lines: Span[] = []
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > lineStart) lines.push({ start: lineStart, end: i })
      lineStart = i + 1
    }
  }

  const blocks: Block[] = []
  const problems: SegmentProblem[] = []
  let section: string | null = null
  lines.forEach((line, index) => {
    const content = text.slice(line.start, line.end)
    const isLast = index === lines.length - 1
    const bullet = BULLET.exec(content)
    let kind: BlockKind
    if (bullet) kind = 'bullet'
    else if (DATELINE.test(content)) kind = 'dateline'
    else if (!isLast && looksLikeHeading(content, index === 0))
      kind = index === 0 ? 'title' : 'heading'
    else kind = 'paragraph'

    const start = line.start + (bullet ? bullet[0].length : 0)
    if (kind === 'heading') section = content
    const scan = scanQuotations(text, start, line.end)
    for (const at of scan.unclosed)
      problems.push({
        offset: at,
        message: `quotation mark ${text[at]} opens a passage that never closes`,
        hint: 'close the quotation in the source (quotations may not run across lines), or remove the stray mark',
      })
    for (const at of scan.unopened)
      problems.push({
        offset: at,
        message: `closing quotation mark ${text[at]} has no opening mark`,
        hint: 'add the missing opening mark in the source, or remove the stray mark',
      })
    const prose = kind === 'bullet' || kind === 'paragraph'
    blocks.push({
      kind,
      start,
      end: line.end,
      section: kind === 'title' || kind === 'dateline' ? null : section,
      quotations: scan.spans,
      sentences: prose ? splitSentences(text, start, line.end, scan.spans) : [],
    })
  })
  return { blocks, problems }
}
