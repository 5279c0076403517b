/**
 * Deterministic synthetic corpus in the corpus builder's input layout (docs/corpus.md):
 *
 *   <outDir>/sessions.json, <outDir>/topics.json,
 *   <outDir>/sources/<nnnn>_<kind>.txt + <nnnn>_<kind>.meta.json
 *
 * About 100 statements per document (so 1,000 documents at 100,000), 20–40 words each, from
 * the real documents' language plus a long tail (see vocabulary.ts); 33 sessions from 1995 to
 * 2024 (XXXI and XXXII keep their real dates and themes); transcripts by the President and by
 * a few hundred other speakers, and factsheets of reported statements under topic headings.
 * A share of the documents (10 % by default) are speeches in Russian, from a chain learned on
 * our own Russian seed text (seed-text/ru.txt), so a Cyrillic query has something to find.
 * The same seed always writes the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mulberry32, weightedSampler, type Rng } from './prng'
import { buildVocabulary, readSeedTexts, type Vocabulary } from './vocabulary'

export interface SyntheticOptions {
  statements: number
  /** Folder to (re)create. */
  outDir: string
  /** The project root: its corpus/ (sources, sessions.json, topics.json) seeds the language. */
  projectRoot: string
  seed?: number
  statementsPerDocument?: number
  /**
   * Share of documents written in Russian (speeches, from scripts/bench/seed-text/ru.txt), so
   * that Cyrillic search is measured at every size. Default 0.1.
   */
  russianShare?: number
}

export interface SyntheticSummary {
  statements: number
  documents: number
  sessions: number
  speakers: number
  topics: number
  /** Bytes of all .txt documents written. */
  textBytes: number
}

interface SessionInput {
  id: string
  number: number
  roman: string
  date: string
  theme: string
  place: string | null
}
interface TopicInput {
  id: string
  label: string
  description: string
  rules: string[]
}
interface SpeakerInput {
  name: string
  role: string
}

const SESSION_COUNT = 33
const FIRST_YEAR = 1995
const LAST_YEAR = 2024
const PRESIDENT: SpeakerInput = {
  name: 'Kassym-Jomart Tokayev',
  role: 'President of the Republic of Kazakhstan',
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let rest = value
  let out = ''
  for (const [n, numeral] of table) {
    while (rest >= n) {
      out += numeral
      rest -= n
    }
  }
  return out
}

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function makeSessions(rng: Rng, vocabulary: Vocabulary, real: SessionInput[]): SessionInput[] {
  const realById = new Map(real.map((s) => [s.id, s]))
  const sessions: SessionInput[] = []
  for (let number = 1; number <= SESSION_COUNT; number++) {
    const known = realById.get(String(number))
    if (known) {
      sessions.push(known)
      continue
    }
    const year =
      FIRST_YEAR + Math.floor(((number - 1) * (LAST_YEAR - FIRST_YEAR)) / (SESSION_COUNT - 1))
    sessions.push({
      id: String(number),
      number,
      roman: toRoman(number),
      date: `${year}-${pad(rng.int(3, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
      theme: vocabulary.phrase(rng, rng.int(4, 8)),
      place: rng.pick(['Astana', 'Almaty', null]),
    })
  }
  return sessions
}

function makeTopics(vocabulary: Vocabulary, real: TopicInput[]): TopicInput[] {
  // Tail words ranked high enough to tag a realistic share of statements.
  const rng = mulberry32(7)
  const words = new Set<string>()
  while (words.size < 40) words.add(vocabulary.tailWord(rng))
  const synthetic = [...words].map((word) => ({
    id: `${word}-programme`,
    label: `${capitalise(word)} programme`,
    description: `Statements about the ${capitalise(word)} programme.`,
    rules: [word],
  }))
  return [...real, ...synthetic]
}

const FIRST_NAMES = [
  'Aigerim',
  'Nurlan',
  'Dana',
  'Yerlan',
  'Gulnara',
  'Serik',
  'Aliya',
  'Marat',
  'Saule',
  'Askar',
  'Tanzila',
  'Viktor',
  'Olga',
  'Rustam',
  'Zarina',
  'Ivan',
  'Kamila',
  'Dilnoza',
  'Arman',
  'Yulia',
  'Bakhyt',
  'Leyla',
  'Timur',
  'Svetlana',
  'Murat',
  'Aizhan',
  'Pavel',
  'Gaukhar',
  'Erik',
  'Madina',
] as const
const SURNAMES = [
  'Nurlanova',
  'Abenov',
  'Ivanova',
  'Khashiyeva',
  'Kim',
  'Saparov',
  'Petrov',
  'Tulegenova',
  'Akhmetov',
  'Yusupova',
  'Schmidt',
  'Aliyev',
  'Zhakupova',
  'Omarov',
  'Li',
  'Bekova',
  'Muller',
  'Karimov',
  'Sultanova',
  'Tsoi',
  'Ermekov',
  'Dzhaksybekova',
  'Ibragimov',
  'Novak',
  'Aubakirova',
] as const
const ROLES = [
  'member of the Assembly of People of Kazakhstan',
  'Deputy Chairman of the Assembly of People of Kazakhstan',
  'head of an ethnocultural association',
  'member of the Mazhilis',
  'chair of a regional assembly',
  'member of the Kurultai',
  'representative of the youth wing of the Assembly',
] as const
const PUBLISHERS = ['Akorda', 'Kazinform', 'The Astana Times', 'Ministry of Foreign Affairs', null]

function makeSpeakers(rng: Rng, count: number): SpeakerInput[] {
  const speakers: SpeakerInput[] = []
  const seen = new Set<string>()
  while (speakers.length < count) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`
    if (seen.has(name)) continue
    seen.add(name)
    speakers.push({ name, role: rng.pick(ROLES) })
  }
  return speakers
}

/** Statement counts per document: about `perDocument` each, varying, summing to `total`. */
function documentSizes(rng: Rng, total: number, perDocument: number): number[] {
  const documents = Math.max(1, Math.round(total / perDocument))
  const sizes = Array.from(
    { length: documents },
    (_, i) => Math.floor(total / documents) + (i < total % documents ? 1 : 0),
  )
  for (let i = 0; i < documents; i++) {
    const j = rng.int(0, documents - 1)
    const shift = Math.min(rng.int(0, Math.floor(perDocument / 2)), sizes[i]! - 1)
    sizes[i] = sizes[i]! - shift
    sizes[j] = sizes[j]! + shift
  }
  return sizes
}

type Kind = 'transcript' | 'factsheet'
const pickKind = weightedSampler<Kind>([
  ['transcript', 7],
  ['factsheet', 3],
])

/** A speech in Russian: no headings (the taxonomy's labels are English), one statement a paragraph. */
function russianSpeechText(rng: Rng, vocabulary: Vocabulary, title: string, statements: number) {
  const lines: string[] = [title, '']
  for (let i = 0; i < statements; i++) lines.push(vocabulary.statement(rng, 20, 40), '')
  return `${lines.join('\n').trimEnd()}\n`
}

function documentText(
  rng: Rng,
  vocabulary: Vocabulary,
  kind: Kind,
  title: string,
  statements: number,
  headings: readonly string[],
): string {
  const lines: string[] = [title, '']
  if (kind === 'factsheet') lines.push('Below are key points from the speech.', '')
  let untilHeading = 0
  for (let i = 0; i < statements; i++) {
    if (untilHeading-- <= 0) {
      lines.push(`On ${rng.pick(headings)}`)
      if (kind === 'transcript') lines.push('')
      untilHeading = rng.int(6, 18)
    }
    const statement = vocabulary.statement(rng, 20, 40)
    if (kind === 'factsheet') lines.push(`· ${statement}`)
    else lines.push(statement, '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

export function writeSyntheticCorpus(options: SyntheticOptions): SyntheticSummary {
  const {
    statements,
    outDir,
    projectRoot,
    seed = 20240427,
    statementsPerDocument = 100,
    russianShare = 0.1,
  } = options
  const rng = mulberry32(seed)
  // Its own stream, so that choosing a document's language leaves the English ones as they were.
  const languageRng = mulberry32(seed ^ 0x5eed)
  const corpusDir = join(projectRoot, 'corpus')
  const vocabulary = buildVocabulary({ seedTexts: readSeedTexts(join(corpusDir, 'sources')), seed })
  const russian = buildVocabulary({
    seedTexts: [readFileSync(join(import.meta.dirname, 'seed-text', 'ru.txt'), 'utf8')],
    seed,
    tailRate: 0,
    conjunction: 'и',
  })

  const sessions = makeSessions(
    rng,
    vocabulary,
    readJson<SessionInput[]>(join(corpusDir, 'sessions.json')) ?? [],
  )
  const topics = makeTopics(
    vocabulary,
    readJson<TopicInput[]>(join(corpusDir, 'topics.json')) ?? [],
  )
  const otherSpeakers = makeSpeakers(rng, 300)
  const headings = topics.map((t) => t.label.charAt(0).toLowerCase() + t.label.slice(1))

  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(join(outDir, 'sources'), { recursive: true })
  writeFileSync(join(outDir, 'sessions.json'), `${JSON.stringify(sessions, null, 2)}\n`)
  writeFileSync(join(outDir, 'topics.json'), `${JSON.stringify(topics, null, 2)}\n`)

  const sizes = documentSizes(rng, statements, statementsPerDocument)
  const width = String(sizes.length).length + 1
  const speakersUsed = new Set<string>([PRESIDENT.name])
  let textBytes = 0
  const writeDocument = (name: string, text: string, meta: object) => {
    writeFileSync(join(outDir, 'sources', `${name}.txt`), text)
    writeFileSync(
      join(outDir, 'sources', `${name}.meta.json`),
      `${JSON.stringify(meta, null, 2)}\n`,
    )
    textBytes += Buffer.byteLength(text)
  }
  sizes.forEach((count, index) => {
    const session = rng.pick(sessions)
    if (languageRng.chance(russianShare)) {
      const title = `Выступление Президента на ${session.roman} сессии Ассамблеи народа Казахстана`
      const text = russianSpeechText(rng, russian, title, count)
      writeDocument(`${pad(index, width)}_ru_transcript`, text, {
        id: `syn-ru-transcript-${pad(index, width)}`,
        title,
        kind: 'transcript',
        date: session.date,
        sessionId: session.id,
        language: 'ru',
        publisher: rng.pick(PUBLISHERS),
        url: null,
      })
      return
    }
    const kind = pickKind(rng)
    const speaker = kind === 'transcript' && rng.chance(0.3) ? rng.pick(otherSpeakers) : PRESIDENT
    speakersUsed.add(speaker.name)
    const place = `the ${session.roman} session of the Assembly of People of Kazakhstan`
    const title =
      kind === 'transcript'
        ? `Speech by ${speaker.name} at ${place}`
        : `Factsheet on the speech of ${speaker.name} at ${place}`
    const name = `${pad(index, width)}_${kind}`
    const text = documentText(rng, vocabulary, kind, title, count, headings)
    const meta = {
      id: `syn-${kind}-${pad(index, width)}`,
      title,
      kind,
      date: session.date,
      sessionId: session.id,
      language: 'en',
      publisher: rng.pick(PUBLISHERS),
      url: null,
      ...(speaker === PRESIDENT ? {} : { speaker }),
    }
    writeDocument(name, text, meta)
  })

  return {
    statements,
    documents: sizes.length,
    sessions: sessions.length,
    speakers: speakersUsed.size,
    topics: topics.length,
    textBytes,
  }
}
