/** Test helper: reads a short text the way the builder reads a document, with the real speakers data. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { attribute, pageFurniture } from '../../../src/domain/corpus/builder/attribute'
import { cleanText } from '../../../src/domain/corpus/builder/clean'
import { SpeakersFileSchema } from '../../../src/domain/corpus/builder/inputs'
import { LANGUAGE_DATA, type Language } from '../../../src/domain/corpus/builder/language'
import { patternsFor } from '../../../src/domain/corpus/builder/patterns'
import { segment } from '../../../src/domain/corpus/builder/segment'
import { peopleFor } from '../../../src/domain/corpus/builder/speakers'
import type { SourceKind } from '../../../src/domain/corpus/schema'
import { REPO } from './corpus-folder'

export const SPEAKERS = v.parse(
  SpeakersFileSchema,
  JSON.parse(readFileSync(join(REPO, 'corpus/speakers.json'), 'utf8')),
)

export interface ReadOptions {
  kind?: SourceKind
  language?: Language
  /** The session's date: titles refer to whoever held them then. */
  date?: string
  transcriptSpeaker?: { name: string; role: string }
}

export function patternsOf(language: Language = 'en', date = '2023-04-27') {
  return patternsFor(LANGUAGE_DATA[language], peopleFor(SPEAKERS, language, date))
}

/** Everything the builder decides for a text. */
export function readText(raw: string, options: ReadOptions = {}) {
  const { text } = cleanText(raw)
  const patterns = patternsOf(options.language, options.date)
  const segmented = segment(text, {
    locale: options.language ?? 'en',
    datelinePrefix: patterns.datelinePrefix,
    datelineLine: patterns.datelineLine,
    notASection: (line) => pageFurniture(line, patterns) !== null,
  })
  const t = options.transcriptSpeaker
  const result = attribute(text, segmented, {
    kind: options.kind ?? 'article',
    patterns,
    transcriptSpeaker: t ? patterns.people.named(t.name, t.role) : undefined,
  })
  return { text, ...result }
}

/** The statements of a text as [kind, speaker name, text]. */
export function statements(raw: string, options: ReadOptions = {}) {
  const { text, statements } = readText(raw, options)
  return statements.map((s) => [s.kind, s.speaker.name, text.slice(s.start, s.end)] as const)
}

/** The passages left out as [reason, text]. */
export function leftOut(raw: string, options: ReadOptions = {}) {
  const { text, leftOut } = readText(raw, options)
  return leftOut.map((p) => [p.reason, text.slice(p.start, p.end)] as const)
}
