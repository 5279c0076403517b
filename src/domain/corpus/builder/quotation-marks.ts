/**
 * Finds quoted passages in one block of text (a paragraph or a bullet).
 *
 * Handles curly (“ ” ‘ ’), low (‚ „), guillemet (« ») and straight (" ') marks, mixed within one
 * passage (`"our statehood … goal”`). A straight double mark closes an open double passage,
 * otherwise it opens one. A right single mark or straight apostrophe between letters
 * (Tokayev’s, country's) is an apostrophe, not a quotation mark.
 *
 * A double passage that never closes within its block is an error (reported with the offset of
 * its opening mark). An unclosed single mark is taken for an apostrophe instead: straight and
 * curly single marks are ambiguous (‘90s, citizens’), and double marks carry speech in English.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark (the passage is text.slice(open + 1, close)). */
  close: number
  style: 'double' | 'single'
}

export interface QuotationScan {
  /** Outermost passages, in order; passages nested inside them are not listed. */
  spans: QuotedSpan[]
  /** Offsets of double marks that open a passage that never closes, or close one never opened. */
  unclosed: number[]
  unopened: number[]
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)

interface OpenMark {
  at: number
  style: 'double' | 'single'
}

/** Scans text[from, to) for quoted passages. Offsets are absolute (into `text`). */
export function scanQuotations(text: string, from = 0, to = text.length): QuotationScan {
  const stack: OpenMark[] = []
  const spans: QuotedSpan[] = []
  const unopened: number[] = []
  const hasOpen = (style: OpenMark['style']) => stack.some((m) => m.style === style)

  const closeTo = (style: OpenMark['style'], at: number) => {
    // Anything opened after the passage we are closing was an unclosed single mark: drop it.
    while (stack.length > 0 && stack.at(-1)?.style !== style) stack.pop()
    const opener = stack.pop()
    if (opener) spans.push({ open: opener.at, close: at, style })
  }

  for (let i = from; i < to; i++) {
    const c = text[i]
    const before = text[i - 1]
    const after = text[i + 1]
    switch (c) {
      case '“':
      case '„':
      case '«':
        stack.push({ at: i, style: 'double' })
        break
      case '”':
      case '»':
        if (hasOpen('double')) closeTo('double', i)
        else unopened.push(i)
        break
      case '"':
        if (hasOpen('double')) closeTo('double', i)
        else stack.push({ at: i, style: 'double' })
        break
      case '‘':
      case '‚':
        stack.push({ at: i, style: 'single' })
        break
      case '’':
      case "'":
        if (isWordChar(before) && isWordChar(after)) break // apostrophe: Tokayev’s
        if (hasOpen('single') && !isWordChar(after)) closeTo('single', i)
        else if (c === "'" && !isWordChar(before) && isWordChar(after))
          stack.push({ at: i, style: 'single' })
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
