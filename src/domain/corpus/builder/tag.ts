/**
 * Stage 4 — tag: each statement gets the topics whose rules match its text or its section
 * heading (at most three, the strongest first). Editorial overrides are applied afterwards
 * by the build.
 *
 * A topic has rules per language (topics.json: `rules` in English, `languages.ru.rules`,
 * `languages.kk.rules`), and a statement is matched against the rules of its own language, so a
 * statement gets the same topic ids whichever language it is in.
 *
 * A rule is a word or a phrase from topics.json. Rule and text go through the same
 * normalisation and stemming (words.ts), with function words dropped, so "modernisation" matches
 * "modernization" and "modernised", and "role of the Assembly" matches "the Assembly's role"
 * only where the words come in that order. A topic's `ignore` phrases are blanked out first
 * ("session of the Assembly" is where something happened, not the Assembly's role).
 */
import type { Language } from '../../language'
import { contentStems } from './words'

interface Rules {
  rules: readonly string[]
  ignore?: readonly string[]
}

export interface TopicRules extends Rules {
  id: string
  /** Rules of the other languages (the top-level ones are English). */
  languages?: { ru?: Rules; kk?: Rules }
}

interface CompiledRules {
  rules: string[][]
  ignore: string[][]
}

export interface CompiledTopic {
  id: string
  /** Per language; a language without rules never matches the topic. */
  byLanguage: Record<Language, CompiledRules>
}

export const MAX_TOPICS = 3
/** A heading names what its whole section is about: it counts more than one word of the text. */
const HEADING_WEIGHT = 2

export function compileTopics(topics: readonly TopicRules[]): CompiledTopic[] {
  const compile = (language: Language, rules: Rules | undefined): CompiledRules => {
    const phrases = (list: readonly string[] = []) =>
      list.map((phrase) => contentStems(phrase, language)).filter((stems) => stems.length > 0)
    return { rules: phrases(rules?.rules), ignore: phrases(rules?.ignore) }
  }
  return topics.map((t) => ({
    id: t.id,
    byLanguage: {
      en: compile('en', t),
      ru: compile('ru', t.languages?.ru),
      kk: compile('kk', t.languages?.kk),
    },
  }))
}

function occursAt(stems: readonly string[], phrase: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (stems[at + k] !== phrase[k]) return false
  return true
}

/** Rule matches in a stem sequence, weighted by phrase length (a phrase is stronger evidence). */
function ruleScore(stems: readonly string[], topic: CompiledRules): number {
  const masked = [...stems]
  for (const phrase of topic.ignore)
    for (let i = 0; i + phrase.length <= masked.length; i++)
      if (occursAt(masked, phrase, i)) masked.fill('', i, i + phrase.length)
  let score = 0
  for (const rule of topic.rules) {
    for (let i = 0; i + rule.length <= masked.length; i++) {
      if (occursAt(masked, rule, i)) {
        score += rule.length
        break
      }
    }
  }
  return score
}

/** Topic ids for a statement in a language, strongest first, ties in taxonomy order. */
export function tagStatement(
  text: string,
  section: string | null,
  topics: readonly CompiledTopic[],
  language: Language = 'en',
  max = MAX_TOPICS,
): string[] {
  return tagStems(
    contentStems(text, language),
    section ? contentStems(section, language) : [],
    topics,
    language,
    max,
  )
}

/** tagStatement on stems already computed (content stems of the text and of its heading). */
export function tagStems(
  textStems: readonly string[],
  headingStems: readonly string[],
  topics: readonly CompiledTopic[],
  language: Language = 'en',
  max = MAX_TOPICS,
): string[] {
  return topics
    .map((topic, order) => {
      const rules = topic.byLanguage[language]
      const inHeading = headingStems.length > 0 && ruleScore(headingStems, rules) > 0
      return {
        id: topic.id,
        order,
        score: ruleScore(textStems, rules) + (inHeading ? HEADING_WEIGHT : 0),
      }
    })
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((t) => t.id)
}
