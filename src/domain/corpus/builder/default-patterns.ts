/**
 * The rules for a language when no document is at hand (scoring labelled pairs, tests): the
 * people of corpus/speakers.json with the titles they hold now.
 */
import * as v from 'valibot'
import speakers from '../../../../corpus/speakers.json'
import { SpeakersFileSchema } from './inputs'
import { LANGUAGE_DATA, type Language } from './language'
import { patternsFor, type Patterns } from './patterns'
import { peopleFor } from './speakers'

/** corpus/speakers.json as the project ships it (for builds without their own speakers data). */
export const DEFAULT_SPEAKERS = v.parse(SpeakersFileSchema, speakers)

const cache = new Map<Language, Patterns>()

/** Titles that refer to someone "now": the last day a date can name. */
const NOW = '9999-12-31'

export function defaultPatterns(language: Language): Patterns {
  let patterns = cache.get(language)
  if (!patterns) {
    const people = peopleFor(DEFAULT_SPEAKERS, language, NOW)
    cache.set(language, (patterns = patternsFor(LANGUAGE_DATA[language], people)))
  }
  return patterns
}
