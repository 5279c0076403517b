/**
 * Step 5 — assemble the corpus: fixed key order and sorted lists, so that the JSON is
 * byte-identical run after run.
 */
import type { Alignment, Corpus, Quote, Source, Speaker, Topic } from '../../schema'
import type { SessionInput, TopicInput } from '../inputs'
import type { Person } from '../speakers'
import type { Draft, DocumentReading } from './read-documents'
import type { Linked } from './tag-and-link'

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file

export function sourceOf(reading: DocumentReading): Source {
  const { doc } = reading
  return {
    id: doc.meta.id,
    sessionId: doc.meta.sessionId,
    title: doc.meta.title,
    kind: doc.meta.kind,
    date: doc.meta.date,
    language: reading.language,
    publisher: doc.meta.publisher ?? null,
    url: doc.meta.url ?? null,
    file: baseName(doc.input.file),
    sha256: doc.sha256,
    text: reading.cleaned.text,
    // Headings stay readable as headings; every other passage not taken says why.
    leftOut: reading.leftOut
      .filter((p) => p.reason !== 'heading')
      .map((p) => ({ start: p.start, end: p.end, reason: p.reason })),
  }
}

/** A topic's name and description per language, without the rules that tag it. */
function topicWords(
  languages: NonNullable<TopicInput['languages']>,
): NonNullable<Topic['languages']> {
  const words: NonNullable<Topic['languages']> = {}
  for (const language of ['ru', 'kk'] as const) {
    const entry = languages[language]
    if (entry) words[language] = { label: entry.label, description: entry.description }
  }
  return words
}

export function assembleCorpus(
  sessions: readonly SessionInput[],
  topics: readonly TopicInput[],
  readings: readonly DocumentReading[],
  drafts: readonly Draft[],
  links: Linked,
  principal: Person,
  alignments: readonly Alignment[] = [],
  /** Listed speakers' names and roles in Russian and Kazakh (speakers.json), by id. */
  speakerWords: ReadonlyMap<string, NonNullable<Speaker['languages']>> = new Map(),
): Corpus {
  const orderInSource = new Map<string, number>()
  const quotes: Quote[] = drafts.map((d, i) => {
    const order = orderInSource.get(d.source.meta.id) ?? 0
    orderInSource.set(d.source.meta.id, order + 1)
    const ids = (set: Set<number> | undefined) =>
      [...(set ?? [])].sort((a, b) => a - b).map((j) => drafts[j]?.id as string)
    return {
      id: d.id,
      sessionId: d.source.meta.sessionId,
      sourceId: d.source.meta.id,
      kind: d.kind,
      speakerId: d.speaker.id,
      text: d.text,
      start: d.start,
      end: d.end,
      section: d.section,
      order,
      topicIds: d.topicIds,
      corroboratedBy: ids(links.corroboratedBy[i]),
      echoes: ids(links.echoes[i]),
    }
  })
  // One entry per speaker id: the first with a role wins (a role the source gives).
  const speakers = new Map<string, Person>()
  for (const d of drafts) {
    const known = speakers.get(d.speaker.id)
    if (!known || (!known.role && d.speaker.role)) speakers.set(d.speaker.id, d.speaker)
  }
  return {
    schemaVersion: 1,
    sessions: [...sessions]
      .sort((a, b) => a.number - b.number)
      .map((s) => ({
        id: s.id,
        number: s.number,
        roman: s.roman,
        date: s.date,
        theme: s.theme,
        place: s.place,
        ...(s.languages ? { languages: s.languages } : {}),
      })),
    sources: readings.map(sourceOf),
    speakers: [...speakers.values()]
      .map((s) => {
        const languages = speakerWords.get(s.id)
        return { id: s.id, name: s.name, role: s.role, ...(languages ? { languages } : {}) }
      })
      .sort(
        (a, b) =>
          Number(b.id === principal.id) - Number(a.id === principal.id) || a.id.localeCompare(b.id),
      ),
    topics: topics.map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description,
      ...(t.languages ? { languages: topicWords(t.languages) } : {}),
    })),
    quotes,
    alignments: alignments.map((a) => ({
      original: [...a.original],
      translation: [...a.translation],
    })),
  }
}
