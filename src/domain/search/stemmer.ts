/**
 * The search's stems, per language (the stemmers live in src/domain/language):
 *
 * - a statement's words are stemmed in its document's language, except that a word in Latin
 *   letters is English wherever it stands (a Russian article quoting "Kazinform");
 * - a typed word does not say its language: Latin letters are English, and a Cyrillic word is
 *   tried as Russian and as Kazakh (`бірлігімізді` and `мемлекет` have no Russian reading, and
 *   `единства` no Kazakh one, so the wrong stemmer only adds a stem no statement has).
 *
 * English stems are light (plurals, -ed, -ing) so that "nation" does not find "national"
 * (english.ts says why); Russian is Snowball, Kazakh a light suffix stemmer.
 */
import { searchStem, type Language } from '../language'

const CYRILLIC = /[\u0400-\u04ff]/

/** The stem of a folded word of a statement written in `language`. */
export function indexStem(word: string, language: Language): string {
  if (!CYRILLIC.test(word)) return searchStem(word, 'en')
  return searchStem(word, language === 'kk' ? 'kk' : 'ru')
}

/** The stems a folded typed word may have in the index, the likeliest first. */
export function queryStems(word: string): readonly string[] {
  if (!CYRILLIC.test(word)) return [searchStem(word, 'en')]
  const russian = searchStem(word, 'ru')
  const kazakh = searchStem(word, 'kk')
  return russian === kazakh ? [russian] : [russian, kazakh]
}

/** The likeliest stem of a folded typed word (`queryStems`' first). */
export const stem = (word: string): string => queryStems(word)[0] as string
