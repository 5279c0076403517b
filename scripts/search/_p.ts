import { syntheticCorpus } from './synthetic-corpus'
import { createSearchEngine } from '../../src/domain/search/search-engine'
const corpus = syntheticCorpus(100000)
const engine = createSearchEngine(corpus)
const req = (q: string) => ({
  q,
  session: [],
  topic: [],
  kind: [],
  speaker: [],
  source: [],
  sort: 'relevance' as const,
})
for (const q of (process.env.QS ?? '').split('|')) {
  const ts: number[] = []
  for (let i = 0; i < 40; i++) {
    const t = performance.now()
    engine.search(req(q))
    ts.push(performance.now() - t)
  }
  ts.sort((a, b) => a - b)
  console.log(JSON.stringify(q).padEnd(16), 'min', ts[0]!.toFixed(2), 'median', ts[20]!.toFixed(2))
}
