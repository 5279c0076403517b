/**
 * Kazakh: a light suffix stemmer for nouns and adjectives.
 *
 * We looked for a library first: Snowball (and so `@orama/stemmers`, `snowball-stemmers`,
 * `natural`) has no Kazakh; `stopword` and `stopwords-iso` have no Kazakh list; npm has no Kazakh
 * stemmer. So this is our own, in the manner of the "light" stemmers for agglutinative languages:
 * it removes the inflections of a noun, in the order Kazakh stacks them after the stem —
 *
 *   stem + plural (-лар/-лер/-дар/-дер/-тар/-тер)
 *        + possessive (-ым/-ім/-м, -ың/-ің/-ң, -ы/-і/-сы/-сі, -ымыз/-іміз/-мыз/-міз, -ыңыз/-іңіз…)
 *        + case (genitive -ның/-дың/-тың, dative -ға/-қа/-на/-а, accusative -ны/-ды/-ты/-н,
 *          locative -да/-та/-нда, ablative -дан/-тан/-нан/-ндан, instrumental -мен/-бен/-пен,
 *          attributive locative -дағы/-тағы/-ндағы)
 *
 * — and restores (at the end of any stem) the consonant that a vowel-initial suffix voices (бірлік → бірлігі: г → к,
 * халық → халығы: ғ → қ, кітап → кітабы: б → п). Derivational suffixes (-лық/-лік, -шы/-ші) are
 * kept: бірлік "unity" is not бір "one". So бірлік, бірлікті, бірлігімізді → бірлік, and тіл,
 * тілі, тілін, тілдері → тіл.
 *
 * A suffix is removed only when what remains still has a vowel and at least two letters (three
 * for a one-letter suffix), and the removal repeats until nothing more comes off, so that a word
 * and its inflected forms end in the same place even when a stem happens to end like a suffix
 * (Қазақстан and Қазақстанның both → қазақс). A stem is a comparison key, never shown.
 * Words it cannot help: stems that change inside (халық → халқы), and verbs, which keep their
 * endings (a statement is compared through its nouns).
 */

const PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер']
const POSSESSIVE_3 = ['ы', 'і', 'сы', 'сі']
const POSSESSIVE_12 = ['ым', 'ім', 'м', 'ың', 'ің', 'ң']
const POSSESSIVE_PLURAL = ['ымыз', 'іміз', 'мыз', 'міз', 'ыңыз', 'іңіз', 'ңыз', 'ңіз']
/** Case endings that follow a bare stem or a plural. */
const CASE = [
  ...['ның', 'нің', 'дың', 'дің', 'тың', 'тің'],
  ...['ға', 'ге', 'қа', 'ке'],
  ...['ны', 'ні', 'ды', 'ді', 'ты', 'ті'],
  ...['да', 'де', 'та', 'те'],
  ...['дан', 'ден', 'тан', 'тен', 'нан', 'нен'],
  ...['мен', 'бен', 'пен'],
  ...['дағы', 'дегі', 'тағы', 'тегі'],
]
/** Case endings after a third-person possessive (тілі-н, тілі-не, тілі-нде, тілі-нен). */
const CASE_AFTER_3 = [
  'н',
  'на',
  'не',
  'нда',
  'нде',
  'нан',
  'нен',
  'ндағы',
  'ндегі',
  'мен',
  'ның',
  'нің',
]
/** Case endings after a first- or second-person possessive (тілім-е, тіліміз-ге, тілім-нен). */
const CASE_AFTER_12 = [
  'а',
  'е',
  'ға',
  'ге',
  'ді',
  'ды',
  'да',
  'де',
  'дан',
  'ден',
  'нан',
  'нен',
  'мен',
  'дың',
  'дің',
]

function suffixInventory(): string[] {
  const all = new Set<string>()
  for (const plural of ['', ...PLURAL]) {
    const add = (s: string) => {
      if (plural + s) all.add(plural + s)
    }
    add('')
    for (const c of CASE) add(c)
    for (const p of POSSESSIVE_3) {
      add(p)
      for (const c of CASE_AFTER_3) add(p + c)
    }
    for (const p of [...POSSESSIVE_12, ...POSSESSIVE_PLURAL]) {
      add(p)
      for (const c of CASE_AFTER_12) add(p + c)
    }
  }
  return [...all]
}

/** Suffixes by their last letter, longest first. */
const SUFFIXES = new Map<string, string[]>()
for (const suffix of suffixInventory().sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
  const last = suffix[suffix.length - 1] as string
  const list = SUFFIXES.get(last)
  if (list) list.push(suffix)
  else SUFFIXES.set(last, [suffix])
}

const VOWEL = /[аәеёиоөуұүыіэюя]/
const VOICED_FINAL: Readonly<Record<string, string>> = { г: 'к', ғ: 'қ', б: 'п' }

function stripOnce(word: string): string {
  const candidates = SUFFIXES.get(word[word.length - 1] as string)
  if (!candidates) return word
  for (const suffix of candidates) {
    if (!word.endsWith(suffix)) continue
    const stem = word.slice(0, -suffix.length)
    if (stem.length < (suffix.length === 1 ? 3 : 2) || !VOWEL.test(stem)) continue
    return stem
  }
  return word
}

/** The stem of a folded Kazakh word (lower case). */
export function kazakhStem(word: string): string {
  let stem = word
  for (let round = 0; round < 4; round++) {
    const next = stripOnce(stem)
    if (next === stem) break
    stem = next
  }
  // Unconditionally, so that диалог and диалогты meet too.
  const last = stem[stem.length - 1] as string
  const unvoiced = VOICED_FINAL[last]
  return unvoiced ? stem.slice(0, -1) + unvoiced : stem
}
