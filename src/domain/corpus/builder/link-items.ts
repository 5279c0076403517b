/**
 * What the linker knows of a statement (a LinkItem), made the same way by the build and by the
 * evaluation of links (link-eval.ts):
 * - the content stems of its claim in its language, near-synonyms and numbers read through the
 *   thesaurus (primary → ≈main, three → #3), without the words that name the speaker or frame
 *   the report (Глава государства отметил; Мемлекет басшысы атап өтті);
 * - the stems it says under a negation ("should never be infringed": infring), and whether it
 *   has a negation at all.
 */
import { isPrivative, type Language } from '../../language'
import { defaultPatterns } from './default-patterns'
import type { Patterns } from './patterns'
import { claimStems } from './reported'
import type { LinkItem } from './link'
import { withoutSpeakerPhrases } from './speaker-words'
import { canonicalStem, reportingStems } from './thesaurus'
import { tokenize, type Token } from './words'

export interface LinkItemSource {
  sessionId: string
  source: string
  speaker: string
  topicIds?: readonly string[]
}

/** How many words a negation reaches, within its clause: forward (not X, не X, ешқашан X),
 * but backward for Kazakh's емес and жоқ, which follow what they deny (X емес). */
const NEGATION_REACH = 3
const CLAUSE_BREAK = /[,.;:!?()]/
const KAZAKH_AFTER = new Set(['емес', 'жоқ'])

/** The tokens of the clause around token i (between clause breaks). */
function clauseOf(text: string, tokens: readonly Token[], i: number): Token[] {
  let from = i
  while (from > 0 && !CLAUSE_BREAK.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start)))
    from--
  let to = i
  while (
    to < tokens.length - 1 &&
    !CLAUSE_BREAK.test(text.slice(tokens[to]!.end, tokens[to + 1]!.start))
  )
    to++
  return tokens.slice(from, to + 1)
}

/**
 * Content stems under a negation. A clause with two negations ("without unity there can be no
 * …", "X-сыз мүмкін емес") affirms, so its negations count for nothing.
 */
export function negatedStems(text: string, tokens: readonly Token[], language: Language): string[] {
  const out: string[] = []
  tokens.forEach((token, i) => {
    if (!token.negation) return
    const clause = clauseOf(text, tokens, i)
    const markers = clause.filter((t) => t.negation || isPrivative(t.folded, language))
    if (markers.length > 1) return
    const step = language === 'kk' && KAZAKH_AFTER.has(token.folded) ? -1 : 1
    for (let k = 1; k <= NEGATION_REACH; k++) {
      const other = tokens[i + step * k]
      if (!other || !clause.includes(other)) break
      if (!other.stop && !other.negation) out.push(canonicalStem(other.stem, language))
    }
  })
  return out
}

export function linkItem(
  text: string,
  language: Language,
  from: LinkItemSource,
  tokens: Token[] = tokenize(text, language),
  patterns: Patterns = defaultPatterns(language),
): LinkItem {
  return {
    sessionId: from.sessionId,
    sourceId: from.source,
    speakerId: from.speaker,
    topicIds: from.topicIds ?? [],
    stems: withoutSpeakerPhrases(claimStems(text, patterns, tokens), language)
      .filter((s) => !reportingStems[language].has(s))
      .map((s) => canonicalStem(s, language)),
    language,
    negated: negatedStems(text, tokens, language),
    negates: tokens.some((t) => t.negation),
  }
}
