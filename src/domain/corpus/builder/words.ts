/**
 * Words → comparable stems, shared by the tagger (topic rules) and the linker (similarity).
 *
 * A rule word must match its inflections and its British/American spellings, so both sides go
 * through the same steps: lower-case → spelling variants folded (modernisation → modernization,
 * honour → honor) → Porter stem (modernization → modern).
 */

/** A word of the text, with where it is and what it compares as. */
export interface Token {
  /** Offset of the word in the string it was read from. */
  start: number
  end: number
  stem: string
  /** Function words (the, of, …): ignored by rules and similarity. */
  stop: boolean
}

// Hyphenated words are split (ethno-social → ethno, social) so that "social tension" and
// "ethno-social tension" share words; apostrophes stay inside a word (Kazakhstan’s).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had
  has have having he her here hers herself him himself his how i if in into is it its itself just
  me more most my myself no nor not of off on once only or other our ours ourselves out over own
  same she should so some such than that the their theirs them themselves then there these they
  this those through to too under until up very was we were what when where which while who whom
  why will with would you your yours yourself yourselves may might must shall us upon per via
  within without among amongst whether either neither one's well according`.split(/\s+/),
)

/**
 * Spellings mapped to one form before stemming, where stemming alone cannot unify them:
 * British/American pairs, word families, transliterations.
 */
const SPELLING_EXCEPTIONS: Record<string, string> = {
  centre: 'center',
  centres: 'centers',
  programme: 'program',
  programmes: 'programs',
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  judgement: 'judgment',
  focussed: 'focused',
  focussing: 'focusing',
  // One word family that Porter leaves apart (provocation → provoc, provocateur → provocateur).
  provocateur: 'provocation',
  provocateurs: 'provocations',
  extremist: 'extremism',
  extremists: 'extremism',
  separatist: 'separatism',
  separatists: 'separatism',
  terrorist: 'terrorism',
  terrorists: 'terrorism',
  // Transliterations of one Kazakh word (National Kurultai / Kurultay / Ulttyk Kuryltay).
  kurultai: 'kurultay',
  kuryltay: 'kurultay',
  kuryltai: 'kurultay',
}
const OUR_WORDS =
  /^(hon|fav|lab|behavi|col|neighb|harb|endeav|rum|vig|hum|val|savi)our(s|ed|ing|able|ably|ite|ites)?$/

/** Lower-cases and folds British/American spelling variants (organisation → organization). */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'")
  w = w.replace(/'s$/, '').replace(/'$/, '')
  const exception = SPELLING_EXCEPTIONS[w]
  if (exception) return exception
  const our = OUR_WORDS.exec(w)
  if (our) return `${our[1]}or${our[2] ?? ''}`
  // -ise/-isation (emphasised, democratisation) → -ize/-ization; short words (rise, wise) excluded.
  if (w.length > 6) w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
  return w
}

const stemCache = new Map<string, string>()

/** The comparable form of a word: normalised spelling, Porter-stemmed. Memoised. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word)
  if (stem === undefined) {
    stem = porterStem(normaliseWord(word))
    if (stemCache.size > 200_000) stemCache.clear()
    stemCache.set(word, stem)
  }
  return stem
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(normaliseWord(word))
}

const wordCache = new Map<string, { stem: string; stop: boolean }>()

function analyseWord(word: string): { stem: string; stop: boolean } {
  let analysed = wordCache.get(word)
  if (analysed === undefined) {
    const normal = normaliseWord(word)
    analysed = { stem: stemWord(word), stop: STOPWORDS.has(normal) || normal.length < 2 }
    if (wordCache.size > 200_000) wordCache.clear()
    wordCache.set(word, analysed)
  }
  return analysed
}

/** Splits text into words with their offsets and stems. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const { stem, stop } = analyseWord(m[0])
    tokens.push({ start: m.index, end: m.index + m[0].length, stem, stop })
  }
  return tokens
}

/** Content stems of a text, in order (stopwords dropped). */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.stop)
    .map((t) => t.stem)
}

// ---------------------------------------------------------------------------------------------
// Porter (1980) stemmer. Small, deterministic, and good enough for English news prose; a word's
// stem only has to be the same on both sides of a comparison, not a real word.

const isConsonant = (w: string, i: number): boolean => {
  const c = w[i]
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1)
  return true
}

/** m in Porter's paper: the number of vowel→consonant sequences in w. */
const measure = (w: string): number => {
  let m = 0
  let i = 0
  const n = w.length
  while (i < n && isConsonant(w, i)) i++
  while (i < n) {
    while (i < n && !isConsonant(w, i)) i++
    if (i >= n) break
    m++
    while (i < n && isConsonant(w, i)) i++
  }
  return m
}

const hasVowel = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) if (!isConsonant(w, i)) return true
  return false
}

const endsDoubleConsonant = (w: string): boolean =>
  w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isConsonant(w, w.length - 1)

/** *o: stem ends consonant-vowel-consonant, the last not w, x or y. */
const endsCvc = (w: string): boolean => {
  const n = w.length
  if (n < 3) return false
  if (!isConsonant(w, n - 3) || isConsonant(w, n - 2) || !isConsonant(w, n - 1)) return false
  const c = w[n - 1]
  return c !== 'w' && c !== 'x' && c !== 'y'
}

const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
]
const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
]
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
]

function replaceSuffix(w: string, rules: [string, string][], minMeasure: number): string {
  for (const [suffix, replacement] of rules) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length)
      return measure(stem) > minMeasure ? stem + replacement : w
    }
  }
  return w
}

export function porterStem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word
  let w = word

  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -2)
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1)

  // Step 1b: -ed, -ing.
  let tidy = false
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1)
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2)
    tidy = true
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3)
    tidy = true
  }
  if (tidy) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e'
    else if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1)
    else if (measure(w) === 1 && endsCvc(w)) w += 'e'
  }

  // Step 1c: y → i after a vowel-containing stem.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`

  w = replaceSuffix(w, STEP2, 0)
  w = replaceSuffix(w, STEP3, 0)

  // Step 4: drop a derivational suffix when the rest is long enough.
  for (const suffix of STEP4) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length)
      if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/.test(stem))) w = stem
      break
    }
  }

  // Step 5: final -e and -ll.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1)
    const m = measure(stem)
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1)
  return w
}
