/**
 * Finds quoted passages in one block of text (a paragraph or a bullet).
 *
 * The marks of the three languages, mixed as real documents mix them:
 * - curly “…” and ‘…’ (English), low-high „…“ (Russian nested quotes), guillemets «…» and ‹…›
 *   (Russian and Kazakh), straight "…" and '…' (typed text, web pages);
 * - a passage may open with one style and close with another (`"our statehood … goal”`);
 * - passages nest, also with the same mark: `"The motto "Unity" guides us," he said` (a straight
 *   mark opens when it stands before a word and closes when it stands after one), «… «…» …».
 * A right single mark or straight apostrophe between letters (Smith’s, country's) is an
 * apostrophe, not a quotation mark.
 *
 * A double passage that never closes within its block is returned in `unclosed` (the offset of
 * its opening mark); the caller decides what it most likely is (a quotation running on into the
 * next paragraph, or one whose closing mark is missing). An unclosed single mark is taken for an
 * apostrophe: single marks are ambiguous (‘90s, citizens’), and double marks carry speech.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number
  /**
   * Offset of the closing mark: the passage is text.slice(open + 1, close). For a passage whose
   * closing mark is missing (`unclosed`), the end of its block.
   */
  close: number
  style: 'double' | 'single'
  /** The closing mark is missing: the passage runs to the end of its block. */
  unclosed?: boolean
}

export interface QuotationScan {
  /** Outermost passages, in order; passages nested inside them are not listed. */
  spans: QuotedSpan[]
  /** Offsets of double marks that open a passage that never closes, or close one never opened. */
  unclosed: number[]
  unopened: number[]
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)
/** What may stand right before an opening mark: nothing, a space, an opening bracket or dash. */
const isOpeningContext = (c: string | undefined) =>
  c === undefined || /[\s([{–—\-/:«„“‘‹"']/u.test(c)
/** What may stand right after a closing mark: nothing, a space, punctuation. */
const isClosingContext = (c: string | undefined) =>
  c === undefined || /[\s.,;:!?)\]}–—\-»”’›"'…]/u.test(c)

interface OpenMark {
  at: number
  style: 'double' | 'single'
  mark: string
}

/** Scans text[from, to) for quoted passages. Offsets are absolute (into `text`). */
export function scanQuotations(text: string, from = 0, to = text.length): QuotationScan {
  const stack: OpenMark[] = []
  const spans: QuotedSpan[] = []
  const unopened: number[] = []
  const hasOpen = (style: OpenMark['style']) => stack.some((m) => m.style === style)
  const top = () => stack.at(-1)

  const closeTo = (style: OpenMark['style'], at: number) => {
    // Anything opened after the passage we are closing was an unclosed single mark: drop it.
    while (stack.length > 0 && top()?.style !== style) stack.pop()
    const opener = stack.pop()
    if (opener) spans.push({ open: opener.at, close: at, style })
  }
  const open = (at: number, style: OpenMark['style'], mark: string) =>
    stack.push({ at, style, mark })

  for (let i = from; i < to; i++) {
    const c = text[i] as string
    const before = i > from ? text[i - 1] : undefined
    const after = i + 1 < to ? text[i + 1] : undefined
    switch (c) {
      case '„':
      case '«':
        open(i, 'double', c)
        break
      case '“':
        // “ closes a passage opened by „ (the Russian „…“), and opens one everywhere else.
        if (top()?.mark === '„' && isClosingContext(after)) closeTo('double', i)
        else open(i, 'double', c)
        break
      case '”':
      case '»':
        if (hasOpen('double')) closeTo('double', i)
        else unopened.push(i)
        break
      case '"': {
        const opens = isOpeningContext(before) && !/\s/.test(after ?? ' ')
        const closes = !opens && isClosingContext(after)
        if (closes && hasOpen('double')) closeTo('double', i)
        else if (opens || !hasOpen('double')) open(i, 'double', c)
        else closeTo('double', i)
        break
      }
      case '‘':
      case '‚':
      case '‹':
        if (c === '‘' && top()?.mark === '‚' && isClosingContext(after)) closeTo('single', i)
        else open(i, 'single', c)
        break
      case '›':
        if (hasOpen('single')) closeTo('single', i)
        break
      case '’':
      case "'":
        if (isWordChar(before) && isWordChar(after)) break // apostrophe: Smith’s
        if (hasOpen('single') && !isWordChar(after)) closeTo('single', i)
        else if (c === "'" && !isWordChar(before) && isWordChar(after)) open(i, 'single', c)
        break
    }
  }
  const unclosed = stack.filter((m) => m.style === 'double').map((m) => m.at)
  // Spans close inner-first; keep the outermost ones, in text order.
  spans.sort((a, b) => a.open - b.open)
  const outermost: QuotedSpan[] = []
  for (const span of spans) {
    const last = outermost.at(-1)
    if (!last || span.open > last.close) outermost.push(span)
  }
  return { spans: outermost, unclosed, unopened }
}
