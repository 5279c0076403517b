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
import type { Language } from '../language'
import { foldText, scanWords, stripPossessive } from './normalize'
import { indexStem } from './stemmer'

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
  /**
   * Statement d's text, folded (same length and offsets as the verbatim text). A function, so
   * that an index loaded from a file folds only the texts a phrase query reaches.
   */
  readonly folded: (d: number) => string
  /**
   * 1 where the text has white space other than single spaces: only there can a phrase match
   * without its plain text occurring, so elsewhere a fast `includes` rules statements out.
   */
  readonly irregularSpace: Uint8Array
}

/**
 * Builds the index over statement texts; statement numbers are positions in `texts`, and
 * `languages[d]` is the language statement d is written in (English when not given): its words
 * are stemmed in it (stemmer.ts).
 */
export function buildTextIndex(
  texts: readonly string[],
  languages: readonly Language[] = [],
): TextIndex {
  const termNumber = new Map<string, number>()
  const termStems: string[] = []
  let docFrequency = new Uint32Array(1024)
  let lastDoc = new Int32Array(1024).fill(-1)
  let slot = new Uint32Array(1024)
  // Per statement, its distinct terms and their counts, flattened.
  let docTerms = new Uint32Array(1 << 16)
  let docCounts = new Uint16Array(1 << 16)
  let pairs = 0
  const docStart = new Uint32Array(texts.length + 1)
  const docLength = new Uint16Array(texts.length)
  const folded: string[] = new Array<string>(texts.length)
  const irregularSpace = new Uint8Array(texts.length)
  // One table of word forms per language: the same form may stem differently in another.
  const formsByLanguage = new Map<Language, WordForms>()
  let language: Language = 'en'
  let totalLength = 0

  const newTerm = (word: string): number => {
    const s = indexStem(stripPossessive(word), language)
    let t = termNumber.get(s)
    if (t === undefined) {
      t = termStems.length
      termNumber.set(s, t)
      termStems.push(s)
      if (t >= docFrequency.length) {
        docFrequency = grow(docFrequency, t + 1)
        slot = grow(slot, t + 1)
        const wider = new Int32Array(docFrequency.length).fill(-1)
        wider.set(lastDoc)
        lastDoc = wider
      }
    }
    return t
  }

  for (let d = 0; d < texts.length; d++) {
    const text = foldText(texts[d] as string)
    folded[d] = text
    language = languages[d] ?? 'en'
    let forms = formsByLanguage.get(language)
    if (!forms) formsByLanguage.set(language, (forms = new WordForms()))
    if (/\s\s|[^\S ]/.test(text)) irregularSpace[d] = 1
    docStart[d] = pairs
    let length = 0
    scanWords(text, (start, end) => {
      length++
      const t = forms.termOf(text, start, end, newTerm)
      if (lastDoc[t] === d) {
        const at = slot[t] as number
        if ((docCounts[at] as number) < 65535) docCounts[at]! += 1
      } else {
        lastDoc[t] = d
        if (pairs === docTerms.length) {
          docTerms = grow(docTerms, pairs + 1)
          docCounts = grow(docCounts, pairs + 1)
        }
        slot[t] = pairs
        docTerms[pairs] = t
        docCounts[pairs] = 1
        pairs++
        docFrequency[t]! += 1
      }
    })
    docLength[d] = Math.min(65535, length)
    totalLength += length
  }
  docStart[texts.length] = pairs

  const termCount = termStems.length
  const postingStart = new Uint32Array(termCount + 1)
  for (let t = 0; t < termCount; t++)
    postingStart[t + 1] = (postingStart[t] as number) + (docFrequency[t] as number)
  const fill = postingStart.slice(0, termCount)
  const postingDoc = new Uint32Array(pairs)
  const postingCount = new Uint16Array(pairs)
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

  return {
    docCount: texts.length,
    dictionary: termDictionary(termStems),
    termStems,
    alphabetical,
    postingStart,
    postingDoc,
    postingCount,
    docLength,
    averageDocLength: texts.length > 0 ? totalLength / texts.length : 0,
    folded: (d) => folded[d] as string,
    irregularSpace,
  }
}

/** Folds each statement's text the first time it is asked for, then keeps it. */
export function lazyFolded(texts: readonly string[]): (d: number) => string {
  const folded: (string | undefined)[] = new Array<string | undefined>(texts.length)
  return (d) => (folded[d] ??= foldText(texts[d] as string))
}

/** A dictionary of stems for term numbers: the radix tree that prefix and typo lookups walk. */
export function termDictionary(termStems: readonly string[]): SearchableMap<number> {
  const dictionary = new SearchableMap<number>()
  for (let t = 0; t < termStems.length; t++) dictionary.set(termStems[t] as string, t)
  return dictionary
}

function grow<T extends Uint32Array | Uint16Array | Int32Array>(array: T, atLeast: number): T {
  const Type = array.constructor as new (length: number) => T
  const wider = new Type(Math.max(atLeast, array.length * 2))
  wider.set(array)
  return wider
}

/**
 * Word form → term number, looked up straight from a slice of the text: an open-addressing
 * hash table that compares characters in place, so the three million words of a large corpus
 * are not each copied into a new string just to be looked up (and each distinct form is
 * stemmed once).
 */
class WordForms {
  private slots = new Int32Array(1 << 16).fill(-1)
  private hashes = new Int32Array(1 << 16)
  private words: string[] = []
  private terms: number[] = []

  termOf(text: string, start: number, end: number, newTerm: (word: string) => number): number {
    let hash = 0
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
    hash = mix(hash)
    const mask = this.slots.length - 1
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const form = this.slots[at] as number
      if (form === -1) break
      if (this.hashes[at] === hash && sameChars(this.words[form] as string, text, start, end))
        return this.terms[form] as number
    }
    const word = text.slice(start, end)
    const term = newTerm(word)
    this.words.push(word)
    this.terms.push(term)
    if (this.words.length * 2 > this.slots.length) this.rehash()
    else this.place(hash, this.words.length - 1)
    return term
  }

  private place(hash: number, form: number) {
    const mask = this.slots.length - 1
    let at = hash & mask
    while (this.slots[at] !== -1) at = (at + 1) & mask
    this.slots[at] = form
    this.hashes[at] = hash
  }

  private rehash() {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1)
    this.hashes = new Int32Array(this.slots.length)
    this.words.forEach((word, form) => {
      let hash = 0
      for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0
      this.place(mix(hash), form)
    })
  }
}

/** MurmurHash3's finaliser: spreads the polynomial hash over the low bits the table uses. */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
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
