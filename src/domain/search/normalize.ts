/**
 * Text normalisation for search: the one place that decides which differences between what a
 * reader types and what a source prints do not matter (letter case, diacritics, the style of
 * quotation marks and apostrophes).
 *
 * `foldText` maps every UTF-16 code unit to exactly one code unit, so an offset into the
 * folded text is the same offset into the verbatim text. Highlighting relies on that: it
 * finds matches in the folded text and marks the same ranges of the verbatim one.
 */

import { QUOTE_EQUIVALENTS, textFolder } from '../language/fold'
import { scanWords, stripPossessive } from '../language/scan'

// Words are found as the builder finds them (src/domain/language/scan.ts).
export { isWordChar, scanWords, stripPossessive } from '../language/scan'

const QUOTE_PATTERN =
  /[\u2018\u2019\u201A\u201B\u2032\u02BC`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g

/** Replaces curly and other typographic quotation marks with the plain ' and ". */
export function normalizeQuotes(text: string): string {
  return text.replace(QUOTE_PATTERN, (mark) => QUOTE_EQUIVALENTS[mark] ?? mark)
}

const foldedChars = new Map<string, string>()

/** One code unit in, one code unit out: lower case, no diacritics, plain quotation marks. */
function foldChar(ch: string): string {
  const cached = foldedChars.get(ch)
  if (cached !== undefined) return cached
  let out = QUOTE_EQUIVALENTS[ch]
  if (out === undefined) {
    const lower = ch.toLowerCase()
    const base = lower.normalize('NFD')[0] ?? lower
    // Keep the character when folding would change the length (e.g. "İ" lower-cases to two
    // code units): offsets must stay aligned with the verbatim text.
    out = base.length === 1 ? base : lower.length === 1 ? lower : ch
  }
  foldedChars.set(ch, out)
  return out
}

/**
 * Lower-cases, strips diacritics and plain-ifies quotation marks, keeping the length: the
 * result lines up character for character with the input.
 */
export const foldText: (text: string) => string = textFolder(foldChar)

/** A word of a text: its folded form and where it stands in the text. */
export interface Token {
  /** Folded (lower-case, no diacritics); a possessive "'s" is left out. */
  readonly word: string
  readonly start: number
  readonly end: number
}

/** Splits already-folded text into words with their offsets. */
export function tokenizeFolded(folded: string): Token[] {
  const tokens: Token[] = []
  scanWords(folded, (start, end) => {
    tokens.push({ word: stripPossessive(folded.slice(start, end)), start, end })
  })
  return tokens
}
