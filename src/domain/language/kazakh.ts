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
 * The longest ending is removed in one step (the endings are listed stacked: -дерінің is
 * -дер-і-нің), only when what remains still has a vowel and at least two letters (three for a
 * one-letter ending), and only where Kazakh's sound rules allow that ending after that stem
 * (`fits`: депутаты is депутат-ы, not депута-ты). A stem is a comparison key, never shown.
 * Words it cannot help: stems that change inside (халық → халқы), and verbs beyond their
 * participles (-ған/-ген, -йтын/-йтін), which keep their other endings.
 */

const PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер']
const POSSESSIVE_3 = ['ы', 'і', 'сы', 'сі']
/** "Our" and "your" (polite); "my" and "your" (familiar) are rare in what the corpus holds and
 * would cut the many nouns that end in -ым/-ім (келісім, білім). */
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
/** Case endings after "our"/"your" (бірлігіміз-ді, еліміз-де, тіліміз-ге). */
const CASE_AFTER_PLURAL = [
  'ға',
  'ге',
  'ды',
  'ді',
  'да',
  'де',
  'дан',
  'ден',
  'дың',
  'дің',
  'дағы',
  'дегі',
]
/** Participles, which a report often turns a verb into (көрсет-кен-ін, тағайында-йтын); not
 * -атын/-етін, which would cut депутат-ын as депут-атын. */
const PARTICIPLE = ['ған', 'ген', 'қан', 'кен', 'йтын', 'йтін']

function suffixInventory(): string[] {
  const all = new Set<string>()
  const withPossessive = (base: string) => {
    for (const p of POSSESSIVE_3) {
      all.add(base + p)
      for (const c of CASE_AFTER_3) all.add(base + p + c)
    }
    for (const p of POSSESSIVE_PLURAL) {
      all.add(base + p)
      for (const c of CASE_AFTER_PLURAL) all.add(base + p + c)
    }
  }
  for (const base of ['', ...PLURAL, ...PARTICIPLE]) {
    if (base) all.add(base)
    for (const c of CASE) all.add(base + c)
    withPossessive(base)
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

const VOWELS = 'аәеёиоөуұүыіэюя'
const VOWEL = /[аәеёиоөуұүыіэюя]/
const VOICELESS = 'кқпстфхцчшщ'
const NASAL = 'мнң'
const VOICED_FINAL: Readonly<Record<string, string>> = { г: 'к', ғ: 'қ', б: 'п' }

/**
 * Whether a suffix can follow this stem by Kazakh sound rules: the first sound of an ending
 * follows the last sound of the stem (бала-ны, тіл-ді, Қазақстан-ды, депутат-ы — not депута-ты).
 * One more rule keeps place names in -стан whole (Қазақстан is not Қазақс-тан).
 */
function fits(stem: string, suffix: string): boolean {
  const last = stem[stem.length - 1] as string
  const first = suffix[0] as string
  const vowel = VOWELS.includes(last)
  const voiceless = VOICELESS.includes(last)
  if (suffix.startsWith('тан') && stem.endsWith('с')) return false
  switch (first) {
    case 'т':
    case 'қ':
    case 'к':
      return voiceless
    case 'д':
    case 'ғ':
    case 'г':
      return !voiceless
    case 'н':
      return vowel || NASAL.includes(last) || suffix === 'н' || suffix.startsWith('нд')
    case 'л':
      return vowel || 'рйу'.includes(last)
    case 'с':
    case 'й':
      return vowel
    case 'ы':
    case 'і':
    case 'а':
    case 'е':
      return !vowel
    case 'м':
      return suffix.startsWith('мен') || vowel
    default:
      return true
  }
}

function strip(word: string): string {
  const candidates = SUFFIXES.get(word[word.length - 1] as string)
  if (!candidates) return word
  for (const suffix of candidates) {
    if (!word.endsWith(suffix)) continue
    const stem = word.slice(0, -suffix.length)
    if (stem.length < (suffix.length === 1 ? 3 : 2) || !VOWEL.test(stem)) continue
    if (!fits(stem, suffix)) continue
    return stem
  }
  return word
}

/** The stem of a folded Kazakh word (lower case). */
export function kazakhStem(word: string): string {
  const stem = strip(word)
  // At the end of any stem, so that диалог and диалогты meet too.
  const last = stem[stem.length - 1] as string
  const unvoiced = VOICED_FINAL[last]
  return unvoiced ? stem.slice(0, -1) + unvoiced : stem
}
