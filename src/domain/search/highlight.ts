/**
 * Where to mark a search's matches in a statement's verbatim text. Computed for the rows on
 * screen only, from the terms the engine reports as matched, so a result shows exactly why it
 * matched: the word "languages" for a search for `language`, "harmony" for `harmny`.
 */
import { foldText, tokenizeFolded } from './normalize'
import { phraseMatcher } from './phrase'
import type { HighlightTerms } from './search-engine'
import { queryStems } from './stemmer'

/** A half-open range [start, end) of the verbatim text. */
export type Range = readonly [start: number, end: number]

export function highlightRanges(text: string, terms: HighlightTerms): Range[] {
  if (terms.stems.length === 0 && terms.phrases.length === 0) return []
  const folded = foldText(text)
  const ranges: [number, number][] = []
  const stems = new Set(terms.stems)
  if (stems.size > 0) {
    for (const token of tokenizeFolded(folded)) {
      // The statement's language is not at hand here: a Cyrillic word is marked when either of
      // its readings (Russian, Kazakh) is a stem the search matched.
      if (queryStems(token.word).some((s) => stems.has(s)))
        ranges.push([token.start, token.start + token.word.length])
    }
  }
  for (const phrase of terms.phrases) {
    const matcher = phraseMatcher(phrase)
    for (const match of folded.matchAll(matcher)) {
      ranges.push([match.index, match.index + match[0].length])
    }
  }
  return mergeRanges(ranges)
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: [number, number][]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: [number, number][] = []
  for (const [start, end] of ranges) {
    const last = out[out.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}

/** Splits text into plain and marked pieces, ready to render. */
export function splitByRanges(
  text: string,
  ranges: readonly Range[],
): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false })
    pieces.push({ text: text.slice(start, end), marked: true })
    at = end
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false })
  return pieces
}
