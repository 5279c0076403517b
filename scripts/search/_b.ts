import { syntheticCorpus } from './synthetic-corpus'
import { buildTextIndex } from '../../src/domain/search/text-index'
import { buildFacetTable } from '../../src/domain/search/facet-table'
import { foldText, scanWords } from '../../src/domain/search/normalize'
const corpus = syntheticCorpus(100000)
const texts = corpus.quotes.map((q) => q.text)
for (let r = 0; r < 3; r++) {
  let t = performance.now()
  const f = texts.map(foldText); const a = performance.now() - t; t = performance.now()
  let n = 0; for (const x of f) scanWords(x, () => { n++ }); const b = performance.now() - t; t = performance.now()
  let m = 0; for (const x of f) scanWords(x, (s, e) => { m += x.slice(s, e).length }); const b2 = performance.now() - t; t = performance.now()
  buildTextIndex(texts); const c = performance.now() - t; t = performance.now()
  buildFacetTable(corpus); const d = performance.now() - t
  console.log(`fold ${a.toFixed(0)} scan ${b.toFixed(0)} scan+slice ${b2.toFixed(0)} index ${c.toFixed(0)} facets ${d.toFixed(0)}`)
}
