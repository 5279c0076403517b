/**
 * Step 2 — read each document: clean → language → segment → attribute → quote ids. Imperfect
 * text never stops the build: what the reading had to guess is a warning with file and line.
 */
import type { Quote, SourceKind } from '../../schema'
import { attribute, pageFurniture } from '../attribute'
import { cleanText, rawLineAt, type CleanedText } from '../clean'
import { detectLanguage } from '../detect-language'
import { quoteIds } from '../ids'
import type { SessionInput, SpeakerInput } from '../inputs'
import { LANGUAGE_DATA, type Language } from '../language'
import { patternsFor, type Patterns } from '../patterns'
import type { Problem } from '../problems'
import { segment } from '../segment'
import { peopleFor, type Person } from '../speakers'
import type { LeftOut, Statement } from '../statements'
import type { CheckedDocument } from './check-inputs'

export interface Draft {
  id: string
  source: CheckedDocument
  kind: Quote['kind']
  speaker: Person
  start: number
  end: number
  text: string
  section: string | null
  why: string
  topicIds: string[]
}

export interface DocumentReading {
  doc: CheckedDocument
  language: Language
  cleaned: CleanedText
  patterns: Patterns
  statements: Statement[]
  leftOut: LeftOut[]
  drafts: Draft[]
}

/** The document's language: its metadata's, else detected; a disagreement is a warning. */
function languageOf(doc: CheckedDocument, text: string, warnings: Problem[]): Language {
  const detected = detectLanguage(text)
  const declared = doc.meta.language
  const file = doc.input.metaFile ?? doc.input.file
  if (declared) {
    if (detected && detected !== declared)
      warnings.push({
        file,
        message: `"language" is "${declared}", but the text reads as "${detected}"; read as "${declared}"`,
        hint: 'correct "language" in the metadata if it is wrong',
      })
    return declared
  }
  warnings.push({
    file,
    message: detected
      ? `no "language" in the metadata; detected "${detected}"`
      : 'no "language" in the metadata, and the text is too short to tell; read as "en"',
    hint: 'add "language": "en", "ru" or "kk" to the metadata',
  })
  return detected ?? 'en'
}

/** The rules for documents of one language and date (compiled once per build for each). */
export type PatternsCache = Map<string, Patterns>

/** The rules for a language at a date (who holds which title then), compiled once per cache. */
export function patternsAt(
  cache: PatternsCache,
  speakers: readonly SpeakerInput[],
  language: Language,
  date: string,
): Patterns {
  const key = `${language} ${date}`
  let patterns = cache.get(key)
  if (!patterns)
    cache.set(
      key,
      (patterns = patternsFor(LANGUAGE_DATA[language], peopleFor(speakers, language, date))),
    )
  return patterns
}

export function readDocument(
  doc: CheckedDocument,
  session: SessionInput | undefined,
  speakers: readonly SpeakerInput[],
  warnings: Problem[],
  cache: PatternsCache = new Map(),
): DocumentReading {
  const cleaned = cleanText(doc.text)
  const language = languageOf(doc, cleaned.text, warnings)
  // A title ("the President") refers to whoever held it at the time of the session.
  const date = session?.date ?? doc.meta.date
  const patterns = patternsAt(cache, speakers, language, date)
  const people = patterns.people
  const segmented = segment(cleaned.text, {
    locale: LANGUAGE_DATA[language].locale,
    datelinePrefix: patterns.datelinePrefix,
    datelineLine: patterns.datelineLine,
    notASection: (line) => pageFurniture(line, patterns) !== null,
  })
  const transcriptSpeaker = doc.meta.speaker
    ? people.named(doc.meta.speaker.name, doc.meta.speaker.role)
    : undefined
  const {
    statements,
    leftOut,
    warnings: found,
  } = attribute(cleaned.text, segmented, {
    kind: doc.meta.kind as SourceKind,
    patterns,
    transcriptSpeaker,
  })
  for (const w of found)
    warnings.push({
      file: doc.input.file,
      line: rawLineAt(cleaned, w.offset),
      message: w.message,
      hint: w.hint,
    })
  const texts = statements.map((s) => cleaned.text.slice(s.start, s.end))
  const ids = quoteIds(doc.meta.id, texts)
  const drafts = statements.map((s, i) => ({
    id: ids[i] as string,
    source: doc,
    kind: s.kind,
    speaker: s.speaker,
    start: s.start,
    end: s.end,
    text: texts[i] as string,
    section: s.section,
    why: s.why,
    topicIds: [],
  }))
  return { doc, language, cleaned, patterns, statements, leftOut, drafts }
}
