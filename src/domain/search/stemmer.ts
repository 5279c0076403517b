/**
 * A light English stemmer: steps 1 and 5a of M. F. Porter's algorithm ("An algorithm for
 * suffix stripping", 1980), which remove plurals, -ed / -ing endings and a final silent "e"
 * and nothing else, plus one spelling rule (British -isation = American -ization).
 *
 * Light on purpose: the full Porter algorithm also strips derivational suffixes, so that
 * "nation", "national" and "nationality" become one term — too coarse for a reader who is
 * checking what exactly was said. With step 1 only:
 *
 *   languages, language → languag       citizens → citizen      strengthened → strengthen
 *   united, unite, uniting → unit       countries → countri     unity → uniti
 *   stated, state → state               modernisation → modernization
 *
 * Stems are index keys, never shown to anyone, so "languag" is fine.
 */

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

const cache = new Map<string, string>()
const CACHE_LIMIT = 200_000

/**
 * The stem of one folded word (lower case, no diacritics; see `foldText`). Words of one or
 * two letters and words with digits are returned unchanged.
 */
export function stem(word: string): string {
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  let out = word
  if (word.length > 2 && !/\d/.test(word)) {
    out = step1c(step1b(step1a(word)))
    if (out.endsWith('isation')) out = `${out.slice(0, -7)}ization`
    out = step5a(out)
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, out)
  return out
}
