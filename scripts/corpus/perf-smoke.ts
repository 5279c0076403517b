/**
 * npx tsx scripts/corpus/perf-smoke.ts [documents=1000] [statementsPerDocument=100]
 *
 * A quick scaling check of buildCorpus on synthetic documents, in memory (no files): builds
 * 1/4, 1/2 and all of the documents and prints the time of each, so growth can be judged.
 * Not a test (timings vary by machine); the benchmark proper is `npm run bench`.
 *
 * The documents imitate the real ones: factsheet bullets under headings, and article
 * paragraphs of reported sentences and direct quotations, with a Zipf-like vocabulary and some
 * statements restated across the sources of a session (so the linker has real work).
 */
import { performance } from 'node:perf_hooks'
import { buildCorpus, type InputDocument } from './build'

function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = [
  'ka',
  'za',
  'kh',
  'sta',
  'ni',
  'ta',
  'ro',
  'mu',
  'li',
  'de',
  'ven',
  'tor',
  'sel',
  'an',
  'pol',
  'ci',
  'ty',
  'mer',
  'gra',
  'vo',
]
const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'that',
  'a',
  'for',
  'with',
  'on',
  'is',
  'will',
  'be',
  'all',
  'our',
]

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>()
  while (words.size < size) {
    let w = ''
    const n = 2 + Math.floor(random() * 3)
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
    words.add(w)
  }
  return [...words]
}

export function syntheticDocuments(documents: number, perDocument: number, seed = 42) {
  const random = mulberry32(seed)
  const words = vocabulary(random, 8000)
  const zipf = () => words[Math.floor(words.length * random() ** 2.5)] as string
  const sentence = () => {
    const n = 10 + Math.floor(random() * 14)
    const out: string[] = []
    for (let i = 0; i < n; i++)
      out.push(
        random() < 0.35
          ? (FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] as string)
          : zipf(),
      )
    const s = out.join(' ')
    return `${s[0]?.toUpperCase()}${s.slice(1)}.`
  }
  const sessions = Array.from({ length: Math.max(1, Math.round(documents / 100)) }, (_, i) => ({
    id: String(i + 1),
    number: i + 1,
    roman: 'X',
    date: `20${String(10 + (i % 80)).padStart(2, '0')}-04-27`,
    theme: `Theme ${i + 1}`,
    place: null,
  }))
  const claimsBySession = new Map<string, string[]>()
  const docs: InputDocument[] = []
  for (let d = 0; d < documents; d++) {
    const session = sessions[d % sessions.length] as (typeof sessions)[number]
    const claims = claimsBySession.get(session.id) ?? []
    claimsBySession.set(session.id, claims)
    const claim = () => {
      // A third of the statements restate a claim another source of the session made.
      if (claims.length > 0 && random() < 0.33)
        return claims[Math.floor(random() * claims.length)] as string
      const c = sentence()
      claims.push(c)
      return c
    }
    const factsheet = d % 2 === 0
    const lines = [`Synthetic document ${d} on the session of the Assembly`, '']
    let statements = 0
    while (statements < perDocument) {
      lines.push(`On topic ${statements}`)
      if (factsheet) {
        for (let b = 0; b < 5 && statements < perDocument; b++, statements++)
          lines.push(`· ${claim()}`)
      } else {
        const parts: string[] = []
        for (let s = 0; s < 4 && statements < perDocument; s++, statements++) {
          const c = claim()
          if (s % 2 === 0)
            parts.push(`President Tokayev said that ${c[0]?.toLowerCase()}${c.slice(1)}`)
          else parts.push(`He said: “${c}”`)
        }
        lines.push(parts.join(' '))
      }
      lines.push('')
    }
    docs.push({
      file: `sources/${String(d).padStart(4, '0')}.txt`,
      content: lines.join('\n'),
      metaFile: `sources/${String(d).padStart(4, '0')}.meta.json`,
      meta: {
        id: `doc-${d}`,
        title: `Synthetic document ${d}`,
        kind: factsheet ? 'factsheet' : 'article',
        date: session.date,
        sessionId: session.id,
        language: 'en',
      },
    })
  }
  return { documents: docs, sessions }
}

const TOPICS = [
  { id: 'unity', label: 'Unity', description: 'Unity.', rules: ['unity', 'harmony'] },
  { id: 'reform', label: 'Reform', description: 'Reform.', rules: ['reform', 'kazasta'] },
]

function main() {
  const documents = Number(process.argv[2] ?? 1000)
  const perDocument = Number(process.argv[3] ?? 100)
  const all = syntheticDocuments(documents, perDocument)
  for (const share of [0.25, 0.5, 1]) {
    const n = Math.round(documents * share)
    const docs = all.documents.slice(0, n)
    const sessionIds = new Set(docs.map((d) => (d.meta as { sessionId: string }).sessionId))
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    const { corpus, report } = buildCorpus({
      documents: docs,
      sessions: all.sessions.filter((s) => sessionIds.has(s.id)),
      topics: TOPICS,
    })
    const seconds = (performance.now() - started) / 1000
    const cpu = process.cpuUsage(cpuStarted)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    console.log(
      `${String(n).padStart(5)} documents, ${String(corpus.quotes.length).padStart(6)} statements: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU ` +
        `(${report.corroborationPairs.length} corroborations, ${report.echoPairs.length} echoes)`,
    )
  }
}

if (process.argv[1]?.endsWith('perf-smoke.ts')) main()
