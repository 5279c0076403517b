/** Reads the evaluation set's annotated statements and labelled links (docs/evaluation.md). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileTopics, tagStatement, type TopicRules } from '../../src/domain/corpus/builder/tag'
import type { EvalPair, EvalStatement } from '../../src/domain/corpus/builder/link-eval'
import { languageOf } from '../../src/domain/language'

interface Annotation {
  source: string
  items: { type: string; text: string; speaker?: string }[]
}
interface Meta {
  id: string
  sessionId: string
  language: string
}
type RawPair = Omit<EvalPair, 'language'>

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T

export function readEvalLinks(
  folder: string,
  topicsFile = 'corpus/topics.json',
): { items: EvalStatement[]; pairs: EvalPair[] } {
  const topics = compileTopics(readJson<TopicRules[]>(topicsFile))
  const metas = new Map<string, Meta>()
  for (const file of readdirSync(join(folder, 'sources')).filter((f) => f.endsWith('.meta.json'))) {
    const meta = readJson<Meta>(join(folder, 'sources', file))
    metas.set(meta.id, meta)
  }
  const items: EvalStatement[] = []
  for (const file of readdirSync(join(folder, 'annotations')).sort()) {
    if (!file.endsWith('.json')) continue
    const annotation = readJson<Annotation>(join(folder, 'annotations', file))
    const meta = metas.get(annotation.source)
    if (!meta) continue
    const language = languageOf(meta.language)
    for (const item of annotation.items) {
      if (item.type !== 'direct' && item.type !== 'reported') continue
      items.push({
        source: meta.id,
        text: item.text,
        speaker: item.speaker ?? '',
        sessionId: meta.sessionId,
        language,
        topicIds: tagStatement(item.text, null, topics, language),
      })
    }
  }
  const languageOfSource = (id: string) => languageOf(metas.get(id)?.language)
  const pairs = readJson<RawPair[]>(join(folder, 'links.json')).map((p) => ({
    ...p,
    language: languageOfSource(p.a.source),
  }))
  return { items, pairs }
}
