/**
 * Exact-phrase matching on folded text (see `foldText`): the phrase's characters in order,
 * any run of white space standing for any other, and whole words at both ends — so
 * `"kazakh language"` does not match "Kazakh languages", and `"unity stability"` does not
 * match "unity, stability".
 */
import { isWordChar } from './normalize'
import type { QueryPhrase } from './query'

const WORD_CHAR = String.raw`[\p{L}\p{N}]`

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** A global regular expression that finds the phrase in folded text. */
export function phraseMatcher(phrase: Pick<QueryPhrase, 'text' | 'open'>): RegExp {
  const body = phrase.text
    .split(' ')
    .map((piece) => escapeRegExp(piece))
    .join(String.raw`\s+`)
  const startsInWord = /^[\p{L}\p{N}]/u.test(phrase.text)
  const endsInWord = /[\p{L}\p{N}]$/u.test(phrase.text)
  const before = startsInWord ? `(?<!${WORD_CHAR})` : ''
  // While the phrase is still typed, its last word may continue ("kazakh lang" → "language").
  const after = endsInWord && !phrase.open ? `(?!${WORD_CHAR})` : ''
  return new RegExp(`${before}${body}${after}`, 'gu')
}

/** Whether folded text contains the phrase. */
export function containsPhrase(folded: string, matcher: RegExp): boolean {
  matcher.lastIndex = 0
  return matcher.test(folded)
}

/**
 * The same test as `phraseMatcher`, for text whose only white space is single spaces: a plain
 * substring search with the word-boundary checks done by hand, several times faster than the
 * regular expression.
 */
export function containsPlainPhrase(
  folded: string,
  phrase: Pick<QueryPhrase, 'text' | 'open'>,
): boolean {
  const plain = phrase.text
  if (plain.length === 0) return false
  const startsInWord = isWordChar(plain.charCodeAt(0))
  const endsInWord = isWordChar(plain.charCodeAt(plain.length - 1))
  for (let at = folded.indexOf(plain); at !== -1; at = folded.indexOf(plain, at + 1)) {
    const end = at + plain.length
    const startOk = !startsInWord || at === 0 || !isWordChar(folded.charCodeAt(at - 1))
    const endOk =
      phrase.open || !endsInWord || end >= folded.length || !isWordChar(folded.charCodeAt(end))
    if (startOk && endOk) return true
  }
  return false
}
