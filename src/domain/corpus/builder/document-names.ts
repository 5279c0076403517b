/**
 * The people one document names, in its order. A name the document gave in full before stands for
 * that person when it comes again as a surname alone, inflected or not (`Виктор Лемешко` … `–
 * сообщил Лемешко`; `Данияр Ахметов` … `По мнению Ахметова`; `Берік Омаров` … `Омаровтың
 * айтуынша`; `Nurlan Seitkali` … `Seitkali said`). Only the same document counts: whom a name is
 * never depends on what other documents say (ids stay the same when documents are added).
 */
import type { People, Person } from './speakers'

/** Case endings a surname may take beyond its dictionary form (Russian, Kazakh), at most. */
const MAX_ENDING = 3

/** `Ахметова` is a form of `Ахметов`; `Сейтовой` of `Сейтова` (its last vowel may change). */
function formOf(word: string, surname: string): boolean {
  if (word === surname) return true
  if (surname.length < 4) return false
  const stem = surname.replace(/[аяоеыіу]$/u, '')
  return word.startsWith(stem) && word.length - stem.length <= MAX_ENDING
}

export type NameResolver = (name: string, role: string) => Person

export function documentNames(people: People): NameResolver {
  const seen: Person[] = []
  return (name, role) => {
    const listed = people.resolve(name)
    if (listed) return listed
    const words = name.trim().split(/\s+/)
    const single = words.length === 1 ? words[0] : undefined
    if (single) {
      const earlier = seen.find((p) => {
        const parts = p.name.split(/\s+/)
        return parts.length > 1 && formOf(single, parts.at(-1) ?? '')
      })
      if (earlier) return earlier
    }
    const person = people.named(name, role)
    if (!seen.includes(person)) seen.push(person)
    return person
  }
}
