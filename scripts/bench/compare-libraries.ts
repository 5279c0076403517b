/**
 * Measures candidate search back-ends in Node on a synthetic corpus (default 100,000
 * statements of 20–40 words): index build time, heap, and per-keystroke latency while typing
 * a fixed list of queries. The figures in docs/search.md come from this script:
 *
 *   npx tsx --expose-gc scripts/bench/compare-libraries.ts [size]
 *
 * "ours" is the app's engine (src/domain/search): MiniSearch's radix tree as term dictionary,
 * typed-array postings, facet counts and sorting included in its time. The libraries' times
 * are their search call alone (no facet counts): a lower bound on what they would cost.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Charset, Index } from 'flexsearch'
import MiniSearch from 'minisearch'
import { foldText } from '../../src/domain/search/normalize'
import { createSearchEngine } from '../../src/domain/search/search-engine'
import { stem } from '../../src/domain/search/stemmer'
import { buildCorpus } from '../../src/domain/corpus/builder/build'
import { readCorpusFolder } from '../corpus/read-folder'
import { writeSyntheticCorpus } from './synthetic-corpus'

const size = Number(process.argv[2] ?? 100_000)
// The benchmark's seeded corpus, through the real builder: the same statements `npm run bench` uses.
const folder = mkdtempSync(join(tmpdir(), 'compare-libraries-'))
writeSyntheticCorpus({ statements: size, outDir: folder, projectRoot: process.cwd() })
const { corpus } = buildCorpus(
  readCorpusFolder({
    sources: join(folder, 'sources'),
    sessions: join(folder, 'sessions.json'),
    topics: join(folder, 'topics.json'),
  }),
)
rmSync(folder, { recursive: true, force: true })
const texts = corpus.quotes.map((q) => q.text)
const words = texts.reduce((n, t) => n + t.split(' ').length, 0)
console.log(`corpus: ${size} statements, ${words} words`)

/** Every keystroke of each query, as a user types it. */
const QUERIES = [
  { label: 'one word', q: 'unity' },
  { label: 'three-letter prefix', q: 'uni' },
  { label: 'two words, last a prefix', q: 'kazakh langu' },
  { label: 'phrase', q: '"national identity"' },
  { label: 'typo', q: 'harmny' },
  { label: 'with filters', q: 'language', filters: true },
]
const keystrokes = (q: string) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))

function heapMb(): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().heapUsed / 2 ** 20
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now()
  const out = f()
  return [out, performance.now() - t0]
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] as number
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] as number }
}

type Runner = { name: string; build: () => (q: string, filters: boolean) => number }

const runners: Runner[] = [
  {
    name: 'minisearch (defaults, prefix)',
    build: () => {
      const ms = new MiniSearch({ fields: ['text'] })
      ms.addAll(texts.map((text, id) => ({ id, text })))
      return (q) => ms.search(q, { prefix: true }).length
    },
  },
  {
    name: 'minisearch (tuned)',
    build: () => {
      const ms = new MiniSearch({
        fields: ['text'],
        processTerm: (t) => stem(foldText(t)),
      })
      ms.addAll(texts.map((text, id) => ({ id, text })))
      return (q, filters) =>
        ms.search(q, {
          combineWith: 'AND',
          prefix: (_t, i, terms) => i === terms.length - 1,
          fuzzy: (t) => (t.length >= 5 ? 1 : false),
          filter: filters
            ? (r) => {
                const quote = corpus.quotes[r.id as number]!
                return quote.sessionId === '5' && quote.topicIds.includes('language-policy')
              }
            : undefined,
        }).length
    },
  },
  {
    name: 'flexsearch (forward, LatinBalance)',
    build: () => {
      const index = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance })
      texts.forEach((text, id) => index.add(id, text))
      return (q) => (index.search(q, { limit: size, suggest: false }) as number[]).length
    },
  },
  {
    name: 'ours (engine incl. facets + sort)',
    build: () => {
      const engine = createSearchEngine(corpus)
      return (q, filters) =>
        engine.search({
          q,
          session: filters ? ['5'] : [],
          topic: filters ? ['language-policy'] : [],
          kind: [],
          lang: [],
          origin: [],
          speaker: [],
          source: [],
          sort: 'relevance',
        }).order.length
    },
  },
  {
    name: 'substring scan (lower-case)',
    build: () => {
      const lower = texts.map((t) => t.toLowerCase())
      return (q) => {
        const needle = q.toLowerCase()
        let n = 0
        for (const t of lower) if (t.includes(needle)) n++
        return n
      }
    },
  },
]

const only = process.env.ONLY
for (const runner of runners) {
  if (only && !runner.name.includes(only)) continue
  const before = heapMb()
  const [search, buildMs] = time(runner.build)
  const heap = heapMb() - before
  const all: number[] = []
  const rows: string[] = []
  for (const query of QUERIES) {
    const perQuery: number[] = []
    let hits = 0
    // Warm once, then type the query keystroke by keystroke, three times.
    for (const prefix of keystrokes(query.q)) search(prefix, !!query.filters)
    for (let round = 0; round < 3; round++)
      for (const prefix of keystrokes(query.q)) {
        const [n, ms] = time(() => search(prefix, !!query.filters))
        perQuery.push(ms)
        hits = n
      }
    all.push(...perQuery)
    const s = stats(perQuery)
    rows.push(
      `    ${query.label.padEnd(26)} median ${s.median.toFixed(2).padStart(7)} ms  p95 ${s.p95.toFixed(2).padStart(7)} ms  (${hits} hits at full query)`,
    )
  }
  const s = stats(all)
  console.log(
    `\n${runner.name}: build ${buildMs.toFixed(0)} ms, heap +${heap.toFixed(0)} MB; all keystrokes median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`,
  )
  console.log(rows.join('\n'))
}
