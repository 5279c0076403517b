/**
 * The thesaurus (corpus/thesaurus.json): near-synonyms and number words the linker reads as one
 * word. Each group's words, stemmed in their language, map to one key: `≈` and the group's first
 * English word (main, primary, principal → ≈main; главный, основной → ≈main; басты, негізгі →
 * ≈main), and numbers, written in digits or in words, to `#` and the number (three, трех, үш,
 * 3 → #3). The keys are the same in every language. Pure: the JSON is bundled, not read.
 */
import * as v from 'valibot'
import data from '../../../../corpus/thesaurus.json'
import { foldText, LANGUAGES, stem, type Language } from '../../language'

const Words = v.array(v.pipe(v.string(), v.minLength(1)))
const Group = v.strictObject({ en: Words, ru: Words, kk: Words })
export const ThesaurusSchema = v.strictObject({
  note: v.optional(v.string()),
  synonyms: v.array(Group),
  numbers: v.record(v.pipe(v.string(), v.regex(/^\d+$/)), Group),
  /** Words that frame a report in Russian and Kazakh (сказал, атап өтті): no claim. */
  reporting: v.strictObject({ note: v.optional(v.string()), ru: Words, kk: Words }),
})
export type Thesaurus = v.InferOutput<typeof ThesaurusSchema>

export type Canonical = (stem: string, language: Language) => string

/** Stem → key, per language. A stem in two groups keeps its first (`conflicts` lists them). */
export function compileThesaurus(thesaurus: Thesaurus): {
  canonical: Canonical
  conflicts: string[]
} {
  const maps: Record<Language, Map<string, string>> = {
    en: new Map(),
    ru: new Map(),
    kk: new Map(),
  }
  const conflicts: string[] = []
  const add = (key: string, group: v.InferOutput<typeof Group>) => {
    for (const language of LANGUAGES)
      for (const word of group[language]) {
        for (const part of foldText(word)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)) {
          const s = stem(part, language)
          const known = maps[language].get(s)
          if (known === undefined) maps[language].set(s, key)
          else if (known !== key) conflicts.push(`${language} "${word}": ${known} and ${key}`)
        }
      }
  }
  for (const group of thesaurus.synonyms) add(`≈${group.en[0] ?? ''}`, group)
  for (const [number, group] of Object.entries(thesaurus.numbers)) add(`#${number}`, group)
  return {
    canonical: (s, language) => maps[language].get(s) ?? (/^\d+$/.test(s) ? `#${s}` : s),
    conflicts,
  }
}

const thesaurus = v.parse(ThesaurusSchema, data)
const compiled = compileThesaurus(thesaurus)

/** The project's thesaurus: a stem's key (its group's, its number's, or itself). */
export const canonicalStem: Canonical = compiled.canonical
export const thesaurusConflicts: readonly string[] = compiled.conflicts

const stemsOf = (list: readonly string[], language: Language) =>
  new Set(list.map((word) => stem(foldText(word), language)))

/** Stems of the words that frame a report, per language (English: the attribution stage's). */
export const reportingStems: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(),
  ru: stemsOf(thesaurus.reporting.ru, 'ru'),
  kk: stemsOf(thesaurus.reporting.kk, 'kk'),
}
