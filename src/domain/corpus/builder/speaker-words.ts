/**
 * The words that name a speaker in Russian and Kazakh (corpus/speakers.json: names, aliases,
 * titles: a surname, Глава государства, Мемлекет басшысы), as stem sequences, so that the linker
 * compares what a statement claims and not who it says claimed it. In any inflection:
 * Главы государства and Мемлекет басшысының match. English has the attribution stage's own.
 */
import speakers from '../../../../corpus/speakers.json'
import type { Language } from '../../language'
import { contentStems } from './words'

interface SpeakerNames {
  name?: Partial<Record<string, string>>
  aliases?: Partial<Record<string, string[]>>
  titles?: { forms?: Partial<Record<string, string[]>> }[]
}

function phrasesFor(language: 'ru' | 'kk'): string[][] {
  const all = new Set<string>()
  for (const s of speakers as SpeakerNames[]) {
    const name = s.name?.[language]
    if (name) all.add(name)
    for (const alias of s.aliases?.[language] ?? []) all.add(alias)
    for (const title of s.titles ?? [])
      for (const form of title.forms?.[language] ?? []) all.add(form)
  }
  return [...all]
    .map((phrase) => contentStems(phrase, language))
    .filter((stems) => stems.length > 0)
    .sort((a, b) => b.length - a.length)
}

export const speakerPhrases: Readonly<Record<Language, readonly string[][]>> = {
  en: [],
  ru: phrasesFor('ru'),
  kk: phrasesFor('kk'),
}

/** `stems` without the speaker phrases found in it (longest first). */
export function withoutSpeakerPhrases(stems: readonly string[], language: Language): string[] {
  const phrases = speakerPhrases[language]
  if (phrases.length === 0) return [...stems]
  const keep = stems.map(() => true)
  for (const phrase of phrases)
    for (let i = 0; i + phrase.length <= stems.length; i++)
      if (keep[i] && phrase.every((s, k) => stems[i + k] === s))
        keep.fill(false, i, i + phrase.length)
  return stems.filter((_, i) => keep[i])
}
