import { syntheticCorpus } from './synthetic-corpus'
import { buildTextIndex } from '../../src/domain/search/text-index'
const corpus = syntheticCorpus(100000)
const texts = corpus.quotes.map((q) => q.text)
for (let r = 0; r < 3; r++) { const t = performance.now(); buildTextIndex(texts); console.log('index', (performance.now() - t).toFixed(0)) }
