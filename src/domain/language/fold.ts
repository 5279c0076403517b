/**
 * Folding: the differences between two spellings of a word that never matter when comparing
 * them, in English, Russian and Kazakh.
 *
 * - letter case;
 * - Latin diacritics (café = cafe);
 * - Russian ё = е (ёлка = елка), the one Cyrillic letter that print often writes without its dots;
 * - every other Cyrillic letter is kept apart: й is not и, and the Kazakh letters ә ғ қ ң ө ұ ү һ і
 *   are letters of their own (қала "city" is not кала, құл "slave" is not кул);
 * - quotation marks and apostrophes (“ ” « » „ ‘ ’ …) become the plain " and ', and dashes
 *   (‐ ‑ ‒ – — ― −) the plain hyphen-minus.
 *
 * `foldText` maps every UTF-16 code unit to exactly one code unit, so an offset into the folded
 * text is the same offset into the original: highlighting and the builder's spans rely on it.
 */

/** Quotation marks and apostrophes, and the plain mark each one stands for. */
export const QUOTE_EQUIVALENTS: Readonly<Record<string, string>> = {
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

/** Quotation marks, apostrophes and dashes, and the plain character each one stands for. */
export const PUNCTUATION_EQUIVALENTS: Readonly<Record<string, string>> = {
  ...QUOTE_EQUIVALENTS,
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // ‑ non-breaking hyphen
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2015': '-', // ― horizontal bar
  '\u2212': '-', // − minus sign
}

const folded = new Map<string, string>()

/** Whether a code unit is in the Cyrillic blocks (U+0400–U+052F). */
const isCyrillic = (code: number) => code >= 0x0400 && code <= 0x052f

/** One code unit in, one code unit out. */
export function foldChar(ch: string): string {
  const cached = folded.get(ch)
  if (cached !== undefined) return cached
  let out = PUNCTUATION_EQUIVALENTS[ch]
  if (out === undefined) {
    const lower = ch.toLowerCase()
    if (lower === 'ё') out = 'е'
    else if (lower.length === 1 && isCyrillic(lower.charCodeAt(0))) out = lower
    else {
      const base = lower.normalize('NFD')[0] ?? lower
      // Keep the character when folding would change the length (e.g. "İ" lower-cases to two
      // code units): offsets must stay aligned with the original text.
      out = base.length === 1 ? base : lower.length === 1 ? lower : ch
    }
  }
  folded.set(ch, out)
  return out
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f`]/g

/**
 * A text folder from a one-code-unit-in, one-out character folder: the whole text is lower-cased
 * at once (fast), and only the non-ASCII characters go through `fold`; when lower-casing changed
 * the length (a rare letter such as "İ"), every character does.
 */
export function textFolder(fold: (ch: string) => string): (text: string) => string {
  return (text) => {
    const lower = text.toLowerCase()
    if (lower.length !== text.length) {
      let out = ''
      for (let i = 0; i < text.length; i++) out += fold(text[i] as string)
      return out
    }
    return lower.replace(NON_ASCII, fold)
  }
}

/** Lower case, no Latin diacritics, ё = е, plain quotation marks and dashes; same length. */
export const foldText: (text: string) => string = textFolder(foldChar)
