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
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  // Lower-casing the whole string is fast; only when it changed the length (a rare letter such
  // as "İ") is the text folded character by character.
  if (lower.length !== text.length) {
    let out = ''
    for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string)
    return out
  }
  return lower.replace(NON_ASCII, foldChar)
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f`]/g

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
 *
 * A hand-written scanner rather than a regular expression: indexing 100,000 statements
 * tokenises three million words, and this is several times faster.
 */
const APOSTROPHE = 39 // '
const wordCharCache = new Uint8Array(65536) // 0 = not yet known, 1 = word character, 2 = not
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Whether a UTF-16 code unit is a letter or digit (the characters words are made of). */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
  }
  let known = wordCharCache[code] as number
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2
    wordCharCache[code] = known
  }
  return known === 1
}

/**
 * Calls `visit(start, end)` for each word of already-folded text; `end` includes a possessive
 * ending (use `stripPossessive` on the slice).
 */
export function scanWords(folded: string, visit: (start: number, end: number) => void): void {
  const n = folded.length
  let i = 0
  while (i < n) {
    if (!isWordChar(folded.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    i++
    for (;;) {
      while (i < n && isWordChar(folded.charCodeAt(i))) i++
      if (i < n && folded.charCodeAt(i) === APOSTROPHE) {
        if (i + 1 < n && isWordChar(folded.charCodeAt(i + 1))) {
          i += 2
          continue
        }
        i++ // a trailing apostrophe belongs to the word: "citizens'"
      }
      break
    }
    visit(start, i)
  }
}

/** Splits already-folded text into words with their offsets. */
export function tokenizeFolded(folded: string): Token[] {
  const tokens: Token[] = []
  scanWords(folded, (start, end) => {
    tokens.push({ word: stripPossessive(folded.slice(start, end)), start, end })
  })
  return tokens
}

/** "kazakhstan's" → "kazakhstan", "citizens'" → "citizens". */
export function stripPossessive(word: string): string {
  if (word.endsWith("'s")) return word.slice(0, -2)
  if (word.endsWith("'")) return word.slice(0, -1)
  return word
}
