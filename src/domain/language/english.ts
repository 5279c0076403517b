/**
 * English: spelling variants and two stemmers.
 *
 * - `englishStem`, for comparing statements (topic rules, corroborations): spelling variants
 *   folded (modernisation → modernization, honour → honor), then M. F. Porter's algorithm (1980)
 *   from the `stemmer` package, which also strips derivational suffixes, so that a rule word
 *   matches its whole family (modernization, modernise, modern → modern).
 * - `englishLightStem`, for search: steps 1 and 5a of Porter's algorithm only (plurals, -ed,
 *   -ing, a silent final e), plus -isation = -ization. A reader checking what exactly was said
 *   must not find "national" when looking for "nation", so the search strips less.
 *
 * Stems are comparison keys, never shown to anyone, so "languag" is fine.
 */
import { stemmer as porter } from 'stemmer'

/**
 * Spellings mapped to one form before stemming, where stemming alone cannot unify them:
 * British/American pairs, word families, transliterations.
 */
const SPELLING_EXCEPTIONS: Readonly<Record<string, string>> = {
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

/**
 * A folded English word (lower case, plain apostrophes) with its possessive ending dropped and
 * British/American spelling variants folded: organisation → organization, honour → honor.
 */
export function englishSpelling(word: string): string {
  let w = word
  if (w.endsWith("'s")) w = w.slice(0, -2)
  else if (w.endsWith("'")) w = w.slice(0, -1)
  const exception = SPELLING_EXCEPTIONS[w]
  if (exception) return exception
  const our = OUR_WORDS.exec(w)
  if (our) return `${our[1]}or${our[2] ?? ''}`
  // -ise/-isation (emphasised, democratisation) → -ize/-ization; short words (rise, wise) excluded.
  if (w.length > 6) w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
  return w
}

/** The comparable form of a folded English word: spelling folded, Porter-stemmed. */
export function englishStem(word: string): string {
  const w = englishSpelling(word)
  // The package stems any string; only plain Latin words are words it knows.
  return w.length > 2 && /^[a-z]+$/.test(w) ? porter(w) : w
}

// --- the light stemmer (search) ---------------------------------------------------------------

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])

/** Porter's consonant: not a vowel, and "y" only when it follows a vowel. */
function isConsonant(word: string, i: number): boolean {
  const ch = word[i] as string
  if (VOWELS.has(ch)) return false
  if (ch === 'y') return i === 0 || !isConsonant(word, i - 1)
  return true
}

/** Porter's measure m: the number of vowel–consonant sequences, [C](VC)^m[V]. */
function measure(stem: string): number {
  let m = 0
  let i = 0
  const n = stem.length
  while (i < n && isConsonant(stem, i)) i++
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++
    if (i >= n) break
    m++
    while (i < n && isConsonant(stem, i)) i++
  }
  return m
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true
  return false
}

function endsWithDoubleConsonant(stem: string): boolean {
  const n = stem.length
  return n >= 2 && stem[n - 1] === stem[n - 2] && isConsonant(stem, n - 1)
}

/** Porter's *o: ends consonant–vowel–consonant, the last not w, x or y ("hop", not "bow"). */
function endsCvc(stem: string): boolean {
  const n = stem.length
  if (n < 3) return false
  const last = stem[n - 1] as string
  return (
    isConsonant(stem, n - 3) &&
    !isConsonant(stem, n - 2) &&
    isConsonant(stem, n - 1) &&
    last !== 'w' &&
    last !== 'x' &&
    last !== 'y'
  )
}

function step1a(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2)
  if (word.endsWith('ies')) return word.slice(0, -2)
  if (word.endsWith('ss')) return word
  if (word.endsWith('s')) return word.slice(0, -1)
  return word
}

function step1b(word: string): string {
  if (word.endsWith('eed')) {
    return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word
  }
  let stem: string | null = null
  if (word.endsWith('ed') && hasVowel(word.slice(0, -2))) stem = word.slice(0, -2)
  else if (word.endsWith('ing') && hasVowel(word.slice(0, -3))) stem = word.slice(0, -3)
  if (stem === null) return word
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`
  if (endsWithDoubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1)
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`
  return stem
}

function step1c(word: string): string {
  return word.endsWith('y') && hasVowel(word.slice(0, -1)) ? `${word.slice(0, -1)}i` : word
}

/** Drops a silent final "e", so that "language" and "languages" share a stem. */
function step5a(word: string): string {
  if (!word.endsWith('e')) return word
  const stem = word.slice(0, -1)
  const m = measure(stem)
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word
}

/**
 * The light stem of one folded English word (see the module comment). Words of one or two
 * letters and words with digits are returned unchanged.
 *
 *   languages, language → languag       citizens → citizen      strengthened → strengthen
 *   united, unite, uniting → unit       countries → countri     unity → uniti
 *   stated, state → state               modernisation → modernization
 */
export function englishLightStem(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word
  let out = step1c(step1b(step1a(word)))
  if (out.endsWith('isation')) out = `${out.slice(0, -7)}ization`
  return step5a(out)
}
