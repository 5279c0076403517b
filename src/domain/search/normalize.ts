/**
 * Text normalisation for search: the one place that decides which differences between what a
 * reader types and what a source prints do not matter (letter case, diacritics, the style of
 * quotation marks and apostrophes).
 *
 * `foldText` maps every UTF-16 code unit to exactly one code unit, so an offset into the
 * folded text is the same offset into the verbatim text. Highlighting relies on that: it
 * finds matches in the folded text and marks the same ranges of the verbatim one.
 */

/** Typographic quotation marks and apostrophes, and the plain mark each one stands for. */
const QUOTE_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u02BC': "'", // ʼ (modifier letter apostrophe)
  '`': "'",
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u00AB': '"', // «
  '\u00BB': '"', // »
}

const QUOTE_PATTERN = /[\u2018\u2019\u201A\u201B\u2032\u02BC`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g

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

// Plain ASCII needs no per-character work beyond lower-casing, which keeps the length.
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/

/**
 * Lower-cases, strips diacritics and plain-ifies quotation marks, keeping the length: the
 * result lines up character for character with the input.
 */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(/`/g, "'")
  let out = ''
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string)
  return out
}

/** A word of a text: its folded form and where it stands in the text. */
export interface Token {
  /** Folded (lower-case, no diacritics); a possessive "'s" is left out. */
  readonly word: string
  readonly start: number
  readonly end: number
}

/**
 * Words are runs of letters and digits; an apostrophe inside a word keeps it whole
 * ("don't"), a possessive ending is dropped from the word but kept in the range
 * ("Kazakhstan's" is the word "kazakhstan"). Hyphens and other punctuation separate words, so
 * "ethno-social" is found by "ethno" and by "social".
 */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?/gu

/** Splits already-folded text into words with their offsets. */
export function tokenizeFolded(folded: string): Token[] {
  const tokens: Token[] = []
  for (const match of folded.matchAll(WORD)) {
    const start = match.index
    const raw = match[0]
    tokens.push({ word: stripPossessive(raw), start, end: start + raw.length })
  }
  return tokens
}

/** Calls `visit` for each word of already-folded text; faster than building tokens. */
export function forEachWord(folded: string, visit: (word: string) => void): void {
  for (const match of folded.matchAll(WORD)) visit(stripPossessive(match[0]))
}

function stripPossessive(word: string): string {
  if (word.endsWith("'s")) return word.slice(0, -2)
  if (word.endsWith("'")) return word.slice(0, -1)
  return word
}
