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
  /**
   * Its last quotation has no closing mark and the next block opens with one: a quotation of
   * several paragraphs (each opens with a mark, only the last closes).
   */
  quoteRunsOn: boolean
  /** Its first quotation carries on the previous block's (see `quoteRunsOn`). */
  quoteCarriesOn: boolean
  /** Sentences (empty for titles, datelines and headings). */
  sentences: Span[]
}

/** Something imperfect in the text that the build reads past (it never stops on it). */
export interface SegmentWarning {
  offset: number
  message: string
  hint: string
}

export interface SegmentedText {
  blocks: Block[]
  warnings: SegmentWarning[]
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

const segmenters = new Map<string, Intl.Segmenter>()
const sentenceSegmenter = (locale: string) => {
  let segmenter = segmenters.get(locale)
  if (!segmenter)
    segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })))
  return segmenter
}
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
  locale = 'en',
): Span[] {
  const inQuote = (offset: number) => quotations.some((q) => offset > q.open && offset <= q.close)
  const sentences: Span[] = []
  let sentenceStart = start
  for (const piece of sentenceSegmenter(locale).segment(text.slice(start, end))) {
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

/**
 * The quoted passages of a prose block. A double mark that never closes makes a passage that
 * runs to the end of the block (the most likely reading: a missing closing mark, or a quotation
 * that carries on in the next paragraph, which `linkQuotationsAcrossBlocks` decides).
 * A closing mark that was never opened is read past, with a warning.
 */
function quotationsOf(text: string, start: number, end: number, warnings: SegmentWarning[]) {
  const scan = scanQuotations(text, start, end)
  for (const at of scan.unopened)
    warnings.push({
      offset: at,
      message: `closing quotation mark ${text[at]} has no opening mark; read as if it were not there`,
      hint: 'add the missing opening mark in the source if the passage is a quotation',
    })
  const firstUnclosed = scan.unclosed[0]
  if (firstUnclosed === undefined) return scan.spans
  return [
    ...scan.spans.filter((q) => q.close < firstUnclosed),
    { open: firstUnclosed, close: end, style: 'double' as const, unclosed: true },
  ]
}

const OPENS_WITH_QUOTATION_MARK = /^["“„«]/

/**
 * The convention for a quotation of several paragraphs: each paragraph opens with a mark, only
 * the last one closes. A passage left open at the end of a block, followed by a block that opens
 * with a mark, carries on there; one that is not is a closing mark missing (a warning).
 */
function linkQuotationsAcrossBlocks(text: string, blocks: Block[], warnings: SegmentWarning[]) {
  blocks.forEach((block, i) => {
    const last = block.quotations.at(-1)
    if (!last?.unclosed) return
    const next = blocks[i + 1]
    const first = next?.quotations[0]
    if (
      next &&
      first &&
      first.open === next.start &&
      OPENS_WITH_QUOTATION_MARK.test(text[first.open] ?? '')
    ) {
      block.quoteRunsOn = true
      next.quoteCarriesOn = true
      return
    }
    warnings.push({
      offset: last.open,
      message: `quotation mark ${text[last.open]} opens a passage that never closes; read as a quotation running to the end of its paragraph`,
      hint: 'close the quotation in the source, or remove the stray mark',
    })
  })
}

export interface SegmentOptions {
  /** Locale of the sentence segmenter (the document's language). */
  locale?: string
  /** A dateline opening a paragraph (`ASTANA, April 27 – Kazinform.`): a block of its own. */
  datelinePrefix?: RegExp
  /** A whole line that is a dateline (`АСТАНА, 27 сәуір. ҚазАқпарат`). */
  datelineLine?: RegExp
  /** Short lines that look like headings but open no section (web-page residue). */
  notASection?: (line: string) => boolean
}

export function segment(text: string, options: SegmentOptions = {}): SegmentedText {
  const locale = options.locale ?? 'en'
  const lines: Span[] = []
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > lineStart) lines.push({ start: lineStart, end: i })
      lineStart = i + 1
    }
  }

  const blocks: Block[] = []
  const warnings: SegmentWarning[] = []
  let section: string | null = null
  const push = (kind: BlockKind, start: number, end: number) => {
    const content = text.slice(start, end)
    if (kind === 'heading' && !options.notASection?.(content)) section = content
    const prose = kind === 'bullet' || kind === 'paragraph'
    const quotations = prose ? quotationsOf(text, start, end, warnings) : []
    blocks.push({
      kind,
      start,
      end,
      section: kind === 'title' || kind === 'dateline' ? null : section,
      quotations,
      quoteRunsOn: false,
      quoteCarriesOn: false,
      sentences: prose ? splitSentences(text, start, end, quotations, locale) : [],
    })
  }
  lines.forEach((line, index) => {
    const content = text.slice(line.start, line.end)
    const isLast = index === lines.length - 1
    const bullet = BULLET.exec(content)
    if (bullet) return push('bullet', line.start + bullet[0].length, line.end)
    if (DATELINE.test(content) || options.datelineLine?.test(content))
      return push('dateline', line.start, line.end)
    if (!isLast && looksLikeHeading(content, index === 0))
      return push(index === 0 ? 'title' : 'heading', line.start, line.end)
    const dateline = options.datelinePrefix?.exec(content)
    if (dateline && dateline[0].trim().length < content.trim().length) {
      const cut = trimSpan(text, line.start, line.start + dateline[0].length)
      push('dateline', cut.start, cut.end)
      return push('paragraph', trimSpan(text, cut.end, line.end).start, line.end)
    }
    push('paragraph', line.start, line.end)
  })
  linkQuotationsAcrossBlocks(text, blocks, warnings)
  return { blocks, warnings }
}
