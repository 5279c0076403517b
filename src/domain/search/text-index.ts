/**
 * The full-text index: an inverted index from word stems to the statements that contain them.
 *
 * The term dictionary is MiniSearch's radix tree (`minisearch/SearchableMap`), which answers
 * the two questions that are hard to answer fast — which terms start with "lan", and which
 * terms are one typo away from "langauge". The postings (which statements hold a term, and
 * how often) live in flat typed arrays rather than in MiniSearch's per-document maps: scoring
 * and intersecting 100,000 statements then stays within a few milliseconds (see
 * docs/search.md for the measurements that led here).
 */
import SearchableMap from 'minisearch/SearchableMap'
import { foldText, scanWords, stripPossessive } from './normalize'
import { stem } from './stemmer'

export interface TextIndex {
  readonly docCount: number
  /** stem → term number */
  readonly dictionary: SearchableMap<number>
  readonly termStems: readonly string[]
  /** Term numbers in alphabetical order of their stems: the terms with a prefix are a range. */
  readonly alphabetical: Uint32Array
  /** Postings of term t are positions postingStart[t] … postingStart[t + 1] - 1. */
  readonly postingStart: Uint32Array
  /** Statement numbers, ascending within each term. */
  readonly postingDoc: Uint32Array
  /** How often the term occurs in that statement. */
  readonly postingCount: Uint16Array
  /** Words per statement. */
  readonly docLength: Uint16Array
  readonly averageDocLength: number
  /** Each statement's text, folded (same length and offsets as the verbatim text). */
  readonly folded: readonly string[]
  /**
   * 1 where the text has white space other than single spaces: only there can a phrase match
   * without its plain text occurring, so elsewhere a fast `includes` rules statements out.
   */
  readonly irregularSpace: Uint8Array
}

/** Builds the index over statement texts; statement numbers are positions in `texts`. */
export function buildTextIndex(texts: readonly string[]): TextIndex {
  const termNumber = new Map<string, number>()
  const termStems: string[] = []
  const docFrequency: number[] = []
  // Per statement, its distinct terms and their counts, flattened.
  const docTerms: number[] = []
  const docCounts: number[] = []
  const docStart = new Uint32Array(texts.length + 1)
  const docLength = new Uint16Array(texts.length)
  const lastDoc: number[] = []
  const slot: number[] = []
  const folded: string[] = new Array<string>(texts.length)
  const irregularSpace = new Uint8Array(texts.length)
  let totalLength = 0

  // Word form → term number: most words recur, so each form is stemmed once.
  const termOfWord = new Map<string, number>()
  const termOf = (word: string): number => {
    let t = termOfWord.get(word)
    if (t !== undefined) return t
    const s = stem(stripPossessive(word))
    t = termNumber.get(s)
    if (t === undefined) {
      t = termStems.length
      termNumber.set(s, t)
      termStems.push(s)
      docFrequency.push(0)
      lastDoc.push(-1)
      slot.push(0)
    }
    termOfWord.set(word, t)
    return t
  }

  for (let d = 0; d < texts.length; d++) {
    const text = foldText(texts[d] as string)
    folded[d] = text
    if (/\s\s|[^\S ]/.test(text)) irregularSpace[d] = 1
    docStart[d] = docTerms.length
    let length = 0
    scanWords(text, (start, end) => {
      length++
      const t = termOf(text.slice(start, end))
      if (lastDoc[t] === d) {
        const at = slot[t] as number
        docCounts[at] = Math.min(65535, (docCounts[at] as number) + 1)
      } else {
        lastDoc[t] = d
        slot[t] = docTerms.length
        docTerms.push(t)
        docCounts.push(1)
        docFrequency[t] = (docFrequency[t] as number) + 1
      }
    })
    docLength[d] = Math.min(65535, length)
    totalLength += length
  }
  docStart[texts.length] = docTerms.length

  const termCount = termStems.length
  const postingStart = new Uint32Array(termCount + 1)
  for (let t = 0; t < termCount; t++)
    postingStart[t + 1] = (postingStart[t] as number) + (docFrequency[t] as number)
  const fill = postingStart.slice(0, termCount)
  const postingDoc = new Uint32Array(docTerms.length)
  const postingCount = new Uint16Array(docTerms.length)
  for (let d = 0; d < texts.length; d++) {
    for (let i = docStart[d] as number; i < (docStart[d + 1] as number); i++) {
      const t = docTerms[i] as number
      const at = fill[t] as number
      postingDoc[at] = d
      postingCount[at] = docCounts[i] as number
      fill[t] = at + 1
    }
  }

  const alphabetical = new Uint32Array(termCount)
  for (let t = 0; t < termCount; t++) alphabetical[t] = t
  alphabetical.sort((a, b) => compare(termStems[a] as string, termStems[b] as string))

  const dictionary = new SearchableMap<number>()
  for (let t = 0; t < termCount; t++) dictionary.set(termStems[t] as string, t)

  return {
    docCount: texts.length,
    dictionary,
    termStems,
    alphabetical,
    postingStart,
    postingDoc,
    postingCount,
    docLength,
    averageDocLength: texts.length > 0 ? totalLength / texts.length : 0,
    folded,
    irregularSpace,
  }
}

/**
 * The terms that start with `prefix`, as a range of `alphabetical`: a binary search, where
 * walking the radix tree below a one-letter prefix visits and rebuilds thousands of keys.
 */
export function termsWithPrefix(index: TextIndex, prefix: string): [from: number, to: number] {
  const { alphabetical, termStems } = index
  const firstAtLeast = (key: string) => {
    let lo = 0
    let hi = alphabetical.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const c = compare(termStems[alphabetical[mid] as number] as string, key)
      if (c < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  // Every string with the prefix sorts before prefix + U+FFFF.
  return [firstAtLeast(prefix), firstAtLeast(`${prefix}\uffff`)]
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** In how many statements a term occurs. */
export function documentFrequency(index: TextIndex, term: number): number {
  return (index.postingStart[term + 1] as number) - (index.postingStart[term] as number)
}
