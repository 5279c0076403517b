/**
 * Step 4 — topics (tag.ts) and links (link.ts, link-items.ts): one tokenization per statement,
 * in its document's language, serves both.
 */
import type { TopicInput } from '../inputs'
import type { Language } from '../language'
import { linkStatements, type LinkThresholds } from '../link'
import { linkItem } from '../link-items'
import { compileTopics, tagStems } from '../tag'
import { contentStems, tokenize } from '../words'
import type { Draft, DocumentReading } from './read-documents'

export interface Linked {
  corroboratedBy: Set<number>[]
  echoes: Set<number>[]
  corroborations: { a: number; b: number }[]
  echoPairs: { a: number; b: number }[]
}

export function tagStatements(
  drafts: readonly Draft[],
  topics: readonly TopicInput[],
  languageOf: (d: Draft) => Language,
) {
  const compiled = compileTopics(topics)
  const headingStems = new Map<string, string[]>()
  const stemsOfHeading = (section: string | null, language: Language) => {
    if (!section) return []
    const key = `${language}:${section}`
    let stems = headingStems.get(key)
    if (!stems) headingStems.set(key, (stems = contentStems(section, language)))
    return stems
  }
  const tokens = drafts.map((d) => tokenize(d.text, languageOf(d)))
  drafts.forEach((d, i) => {
    const language = languageOf(d)
    const textStems = (tokens[i] ?? []).filter((t) => !t.stop).map((t) => t.stem)
    d.topicIds = tagStems(textStems, stemsOfHeading(d.section, language), compiled, language)
  })
  return tokens
}

export function linkDrafts(
  drafts: readonly Draft[],
  tokens: readonly ReturnType<typeof tokenize>[],
  readings: ReadonlyMap<string, DocumentReading>,
  thresholds?: { corroboration: LinkThresholds; echo: LinkThresholds },
): Linked {
  const links = linkStatements(
    drafts.map((d, i) => {
      const reading = readings.get(d.source.meta.id) as DocumentReading
      return linkItem(
        d.text,
        reading.language,
        {
          sessionId: d.source.meta.sessionId,
          source: d.source.meta.id,
          speaker: d.speaker.id,
          topicIds: d.topicIds,
        },
        tokens[i],
        reading.patterns,
      )
    }),
    thresholds,
  )
  const corroboratedBy = drafts.map(() => new Set<number>())
  const echoes = drafts.map(() => new Set<number>())
  for (const p of links.corroborations) {
    corroboratedBy[p.a]?.add(p.b)
    corroboratedBy[p.b]?.add(p.a)
  }
  for (const p of links.echoes) {
    echoes[p.a]?.add(p.b)
    echoes[p.b]?.add(p.a)
  }
  return { corroboratedBy, echoes, corroborations: links.corroborations, echoPairs: links.echoes }
}
