/**
 * The reference engines, timed in the same browser on the same statements and queries:
 * MiniSearch and Fuse.js with their default options, a plain lower-case substring scan, and
 * our own engine called directly (no React, no worker, no painting) to separate the engine's
 * share of the keystroke-to-paint figure.
 *
 * Semantics, so the comparison is read right:
 * - MiniSearch: default index and search options, except that the last word is searched as
 *   a prefix (search-as-you-type cannot work without it). Default OR of terms; no phrases
 *   (the quotation marks are ignored by its tokenizer).
 * - Fuse.js: `new Fuse(docs, { keys: ['text'] })`, the query string as typed.
 * - Scan: every word (or quoted phrase) must occur as a lower-case substring.
 * - Session and topic filters are applied to each engine's hits (MiniSearch through its
 *   `filter` option).
 */
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import type { Corpus } from '../../../src/domain/corpus/schema'
import { createSearchEngine, type SearchEngine } from '../../../src/domain/search/search-engine'
import type { BenchQuery } from '../queries'

export type EngineName = 'ours-engine' | 'minisearch' | 'fuse' | 'scan'

interface Doc {
  id: number
  text: string
}

interface Loaded {
  corpus: Corpus
  docs: Doc[]
  lower: string[]
  sessionOf: string[]
  topicsOf: string[][]
  engines: Partial<Record<EngineName, (query: BenchQuery) => number>>
  buildMs: Partial<Record<EngineName, number>>
}

let loaded: Loaded | null = null

function time<T>(fn: () => T): [T, number] {
  const started = performance.now()
  const value = fn()
  return [value, performance.now() - started]
}

function facetFilter(l: Loaded, query: BenchQuery): ((d: number) => boolean) | null {
  const sessions = query.session?.length ? new Set(query.session) : null
  const topics = query.topic?.length ? new Set(query.topic) : null
  if (!sessions && !topics) return null
  return (d) =>
    (!sessions || sessions.has(l.sessionOf[d]!)) &&
    (!topics || l.topicsOf[d]!.some((t) => topics.has(t)))
}

function scanTerms(q: string): string[] {
  const terms: string[] = []
  const lower = q.toLowerCase()
  for (const [, phrase, word] of lower.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (phrase ?? word ?? '').trim()
    if (term) terms.push(term)
  }
  return terms
}

const setup: Record<EngineName, (l: Loaded) => (query: BenchQuery) => number> = {
  'ours-engine': (l) => {
    const engine: SearchEngine = createSearchEngine(l.corpus)
    return (query) =>
      engine.search({
        q: query.q,
        session: query.session ?? [],
        topic: query.topic ?? [],
        kind: [],
        lang: [],
        origin: [],
        speaker: [],
        source: [],
        sort: 'relevance',
      }).order.length
  },
  minisearch: (l) => {
    const index = new MiniSearch<Doc>({ fields: ['text'] })
    index.addAll(l.docs)
    return (query) => {
      const keep = facetFilter(l, query)
      return index.search(query.q, {
        prefix: (_term, i, terms) => i === terms.length - 1,
        ...(keep ? { filter: (result) => keep(result.id as number) } : {}),
      }).length
    }
  },
  fuse: (l) => {
    const fuse = new Fuse(l.docs, { keys: ['text'] })
    return (query) => {
      const keep = facetFilter(l, query)
      const hits = fuse.search(query.q)
      return keep ? hits.filter((h) => keep(h.item.id)).length : hits.length
    }
  },
  scan: (l) => (query) => {
    const keep = facetFilter(l, query)
    const terms = scanTerms(query.q)
    let hits = 0
    for (let d = 0; d < l.lower.length; d++) {
      const text = l.lower[d]!
      if (terms.every((t) => text.includes(t)) && (!keep || keep(d))) hits++
    }
    return hits
  },
}

export interface EngineRun {
  buildMs: number
  /** Per query key: search times (ms) and the hit count. */
  queries: Record<string, { samples: number[]; hits: number }>
}

const refs = {
  async load(corpusUrl: string): Promise<{ statements: number }> {
    const corpus = (await (await fetch(corpusUrl)).json()) as Corpus
    const docs = corpus.quotes.map((q, id) => ({ id, text: q.text }))
    loaded = {
      corpus,
      docs,
      lower: docs.map((d) => d.text.toLowerCase()),
      sessionOf: corpus.quotes.map((q) => q.sessionId),
      topicsOf: corpus.quotes.map((q) => q.topicIds),
      engines: {},
      buildMs: {},
    }
    return { statements: docs.length }
  },

  /**
   * Builds one engine's index, then answers each query until `minRuns` runs and
   * `budgetMs` per query are both spent (at most `maxRuns`).
   */
  run(
    name: EngineName,
    queries: BenchQuery[],
    minRuns: number,
    maxRuns: number,
    budgetMs: number,
  ): EngineRun {
    if (!loaded) throw new Error('call load() first')
    const l = loaded
    const [search, buildMs] = time(() => setup[name](l))
    const out: EngineRun = { buildMs, queries: {} }
    for (const query of queries) {
      const samples: number[] = []
      let hits = 0
      let spent = 0
      search(query) // warm-up: compile the code paths before timing them
      while (samples.length < maxRuns && (samples.length < minRuns || spent < budgetMs)) {
        const [n, ms] = time(() => search(query))
        hits = n
        samples.push(ms)
        spent += ms
      }
      out.queries[query.key] = { samples, hits }
    }
    return out
  },
}

declare global {
  interface Window {
    __refs: typeof refs
  }
}
window.__refs = refs
