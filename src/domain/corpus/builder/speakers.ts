/**
 * The people the corpus is about and the people it quotes are data (corpus/speakers.json), not
 * code: their names, roles, aliases and titles in each language, and the dates a title refers
 * to a person (a document about a session before 20 March 2019 that speaks of "the President"
 * means the President of that time).
 *
 * `peopleFor(speakers, language, date)` gives the builder what a document of that language and
 * date can refer to: every name, alias and title (with its inflected forms), each resolving to
 * its person, and the person the document speaks of when it names no one (the holder, on that
 * date, of the principal's office).
 */
import transliterate from '@sindresorhus/transliterate'
import { slugId } from './ids'
import type { SpeakerInput } from './inputs'
import { LANGUAGE_DATA, type Language } from './language'

export interface Person {
  id: string
  name: string
  role: string
}

/** Letters of Kazakh Cyrillic that the general table does not know. */
const KAZAKH_LETTERS: [string, string][] = [
  ['ә', 'a'],
  ['Ә', 'A'],
  ['ғ', 'g'],
  ['Ғ', 'G'],
  ['қ', 'k'],
  ['Қ', 'K'],
  ['ң', 'ng'],
  ['Ң', 'Ng'],
  ['ө', 'o'],
  ['Ө', 'O'],
  ['ұ', 'u'],
  ['Ұ', 'U'],
  ['ү', 'u'],
  ['Ү', 'U'],
  ['һ', 'h'],
  ['Һ', 'H'],
  ['і', 'i'],
  ['І', 'I'],
]

/** A readable Latin id for any name: "Айгерим Бекова" → "aygerim-bekova". */
export function personId(name: string): string {
  return slugId(transliterate(name, { customReplacements: KAZAKH_LETTERS }))
}

/** The text in a language, else in English, else the first one given. */
const inLanguage = (texts: Partial<Record<string, string>>, language: Language) =>
  texts[language] ?? texts.en ?? Object.values(texts)[0] ?? ''

/** Loose case for the first letter of each word: "head of state" matches "Head of State". */
const looseCase = (source: string) =>
  source.replace(/(^|\\s\+|-)(\p{L})/gu, (_, sep: string, c: string) =>
    c.toLowerCase() === c.toUpperCase() ? sep + c : `${sep}[${c.toUpperCase()}${c.toLowerCase()}]`,
  )

/** A name or title with every word in its inflected forms. */
function formPattern(form: string, language: Language): string {
  const words = form.trim().split(/\s+/)
  const inflect = LANGUAGE_DATA[language].inflect
  // An initial may stand without its space: "Н.Назарбаев" as "Н. Назарбаев".
  return looseCase(words.map((w, i) => inflect(w, i === words.length - 1)).join('\\s+')).replace(
    /\\\.\\s\+/g,
    '\\.\\s*',
  )
}

export interface Reference {
  /** A regular-expression source for the form and its inflections. */
  pattern: string
  person: Person
  /** A title (`the President`) rather than a name. */
  isTitle: boolean
  /** A title followed by a name (`President Smith`). */
  combined?: boolean
  length: number
}

export interface People {
  language: Language
  /** Whom a document speaks of when it names no one. */
  default: Person
  /** Every person listed in the speakers data (for overrides and the output). */
  all: Person[]
  /** Names and titles, longest first. */
  references: Reference[]
  /** One regular-expression source for every reference: a title, a name, or a title and a name. */
  pattern: string
  /** The listed person a reference (a name, an alias, a title, inflected or not) is, or null. */
  resolve: (text: string) => Person | null
  /** A person a document names: a listed person, or a new one with the role the source gives. */
  named: (name: string, role: string) => Person
}

const covers = (from: string | null | undefined, to: string | null | undefined, date: string) =>
  (!from || from <= date) && (!to || date <= to)

/** What a document in `language` about a session on `date` can refer to. */
export function peopleFor(
  speakers: readonly SpeakerInput[],
  language: Language,
  date: string,
): People {
  const persons = speakers.map((s) => ({
    input: s,
    person: { id: s.id, name: inLanguage(s.name, 'en'), role: inLanguage(s.role, 'en') },
  }))
  const references: Reference[] = []
  for (const { input, person } of persons) {
    const names = new Set([inLanguage(input.name, language), ...(input.aliases?.[language] ?? [])])
    const titles = (input.titles ?? [])
      .filter((t) => covers(t.from, t.to, date))
      .flatMap((t) => t.forms[language] ?? [])
    // A title before a name refers to the name, at any date ("President Smith" in 2015 too).
    const anyTitle = new Set(
      speakers.flatMap((s) => (s.titles ?? []).flatMap((t) => t.forms[language] ?? [])),
    )
    for (const name of names)
      references.push({
        pattern: formPattern(name, language),
        person,
        isTitle: false,
        length: name.length,
      })
    for (const title of titles)
      references.push({
        pattern: formPattern(title, language),
        person,
        isTitle: true,
        length: title.length,
      })
    // "President Smith", "Мемлекет басшысы Асан Асанов": a title before a name.
    for (const title of anyTitle) {
      for (const name of names) {
        const both = `${title} ${name}`
        references.push({
          pattern: formPattern(both, language),
          person,
          isTitle: false,
          combined: true,
          length: both.length,
        })
        const apposition = `${title}, ${name}`
        references.push({
          pattern: formPattern(apposition, language),
          person,
          isTitle: false,
          combined: true,
          length: apposition.length,
        })
      }
    }
  }
  references.sort((a, b) => b.length - a.length || a.pattern.localeCompare(b.pattern))
  // Factored (a title, optionally followed by a name; or a name) so that matching stays fast.
  const alternatives = (xs: Reference[]) => [...new Set(xs.map((r) => r.pattern))].join('|')
  const plain = references.filter((r) => !r.combined)
  const titles = alternatives(plain.filter((r) => r.isTitle))
  const names = alternatives(plain.filter((r) => !r.isTitle))
  const allTitles = [
    ...new Set(speakers.flatMap((s) => (s.titles ?? []).flatMap((t) => t.forms[language] ?? []))),
  ]
    .sort((a, b) => b.length - a.length)
    .map((t) => formPattern(t, language))
    .join('|')
  const pattern = [
    allTitles && names && `(?:${allTitles})\\s*,?\\s+(?:${names})`,
    titles && `(?:${titles})`,
    names && `(?:${names})`,
  ]
    .filter(Boolean)
    .join('|')
  const anchored = references.map((r) => ({ ...r, regex: new RegExp(`^(?:${r.pattern})$`, 'u') }))
  const article = language === 'en' ? /^the\s+/i : /^$/
  const resolve = (text: string): Person | null => {
    const bare = text.trim().replace(article, '').replace(/\s+/g, ' ')
    return anchored.find((r) => r.regex.test(bare))?.person ?? null
  }

  const principal = persons.find((p) => p.input.principal) ?? persons[0]
  const office = principal?.input.titles?.find((t) => t.office)?.office
  const holder = office
    ? persons.find((p) =>
        p.input.titles?.some((t) => t.office === office && covers(t.from, t.to, date)),
      )
    : undefined
  const fallback: Person = principal?.person ?? {
    id: 'unknown-speaker',
    name: 'Unknown speaker',
    role: '',
  }
  const found = new Map<string, Person>()
  return {
    language,
    default: holder?.person ?? fallback,
    all: persons.map((p) => p.person),
    references,
    pattern: pattern || '(?!)',
    resolve,
    named: (name, role) => {
      const listed = resolve(name)
      if (listed) return listed
      const id = personId(name)
      let person = found.get(id)
      if (!person || (!person.role && role))
        found.set(id, (person = { id, name: name.trim(), role }))
      return person
    },
  }
}
