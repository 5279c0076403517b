/**
 * What a statement and its translation have in common whatever the language: anchors for the
 * alignment of a document with its translation (align.ts).
 *
 * - Numbers, `#` and the value: written in digits (2025, 12,5 → #12.5; 3 000 → #3000; 31st,
 *   31-й, 31-ші → #31), in Roman numerals (the Assembly's sessions: XXXI → #31) or in words
 *   through the thesaurus (three, трех, үш → #3).
 * - Near-synonyms through the thesaurus (`≈task`: задача, міндет), as the linker reads them.
 * - People, `@` and their id: a surname of any name or alias of a person in corpus/speakers.json
 *   (any language: a Russian text may give a name in its Kazakh spelling), in any inflection
 *   (Ахметова, Ахметовтың); people are data, never code.
 *
 * Pure; the people are compiled once per build (`compilePeople`).
 */
import { foldText, type Language } from '../../language'
import { fromRoman, toRoman } from '../roman'
import type { SpeakerInput } from './inputs'
import { canonicalStem } from './thesaurus'
import { tokenize } from './words'

/** Each person's surnames (last word of each name and alias, folded, without a final vowel that
 * inflection replaces: Садыкова, Садыковой), with the person's id. */
export type PeopleIndex = readonly { id: string; surnames: readonly string[] }[]

/** Shortest surname that counts: shorter ones ("К.") say nothing. */
const MIN_SURNAME = 4

export function compilePeople(speakers: readonly SpeakerInput[]): PeopleIndex {
  return speakers.map((s) => {
    const forms = [
      ...Object.values(s.name),
      ...Object.values(s.aliases ?? {}).flatMap((list) => list),
    ]
    const surnames = new Set<string>()
    for (const form of forms) {
      const last = foldText(form)
        .split(/[\s.]+/u)
        .filter(Boolean)
        .pop()
      const stem = last?.replace(/[aeiouyаяеэиыоуюәіөұү]$/u, '')
      if (stem && stem.length >= MIN_SURNAME) surnames.add(stem)
    }
    return { id: s.id, surnames: [...surnames].sort() }
  })
}

/** The value of a well-formed Roman numeral in capitals (XXXI → 31), or null (IIII, VX are not). */
export function romanValue(token: string): number | null {
  const value = /^[IVXLCDM]+$/.test(token) ? fromRoman(token) : null
  return value !== null && toRoman(value) === token ? value : null
}

/** Digits with thousands separated by a space (3 000, 15 000), or a decimal part (12,5). */
const DIGITS = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/gu
/** Roman numerals of two letters or more, standing alone (a lone I is the English pronoun). */
const ROMAN_TOKEN = /(?<![\p{L}\p{N}])[IVXLCDM]{2,}(?![\p{L}\p{N}])/gu

export function numberAnchors(text: string, language: Language): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(DIGITS)) {
    const value = m[0].replace(/[ \u00a0\u202f]/gu, '').replace(',', '.')
    // "3,000" in English is three thousand, "12,5" in Russian twelve and a half.
    const english = language === 'en' && /^\d{1,3},\d{3}$/.test(m[0])
    out.add(`#${english ? value.replace('.', '') : value}`)
  }
  for (const m of text.matchAll(ROMAN_TOKEN)) {
    const value = romanValue(m[0])
    if (value !== null) out.add(`#${value}`)
  }
  // Number words and near-synonyms, as the thesaurus reads them.
  for (const token of tokenize(text, language)) {
    if (/\d/.test(token.folded)) continue
    const key = canonicalStem(token.stem, language)
    if (key.startsWith('#')) out.add(key)
  }
  return [...out].sort()
}

export function synonymAnchors(text: string, language: Language): string[] {
  const out = new Set<string>()
  for (const token of tokenize(text, language)) {
    if (token.stop) continue
    const key = canonicalStem(token.stem, language)
    if (key.startsWith('≈')) out.add(key)
  }
  return [...out].sort()
}

export function personAnchors(text: string, people: PeopleIndex): string[] {
  const folded = foldText(text)
  const words = folded.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)
  const out: string[] = []
  for (const person of people)
    if (person.surnames.some((s) => words.some((w) => w.startsWith(s)))) out.push(`@${person.id}`)
  return out.sort()
}

/** Every anchor of a statement: numbers, near-synonyms and the people it names. */
export function anchorsOf(text: string, language: Language, people: PeopleIndex): string[] {
  return [
    ...numberAnchors(text, language),
    ...synonymAnchors(text, language),
    ...personAnchors(text, people),
  ]
}
