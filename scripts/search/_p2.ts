import { syntheticCorpus } from './synthetic-corpus'
import { buildTextIndex, documentFrequency } from '../../src/domain/search/text-index'
const corpus = syntheticCorpus(100000)
const text = buildTextIndex(corpus.quotes.map(q => q.text))
const terms: number[] = []
for (const [, t] of text.dictionary.atPrefix('n')) terms.push(t)
terms.sort((a, b) => documentFrequency(text, b) - documentFrequency(text, a))
const top = terms.slice(0, 8)
console.log(top.map(t => text.termStems[t] + ':' + documentFrequency(text, t)).join(' '))
const size = 100000
const matched = new Uint16Array(size), score = new Float64Array(size), candidates = new Uint32Array(size), lengthNorm = new Float32Array(size).fill(1)
const { postingStart, postingDoc, postingCount } = text
function scoreFirst(from: number, to: number, w: number, count: number): number {
  for (let p = from; p < to; p++) {
    const d = postingDoc[p] as number
    if (matched[d] === 0) { matched[d] = 1; score[d] = 0; candidates[count++] = d }
    const tf = postingCount[p] as number
    score[d] = (score[d] as number) + (w * tf) / (tf + (lengthNorm[d] as number))
  }
  return count
}
for (let r = 0; r < 5; r++) {
  const t0 = performance.now()
  let count = 0, postings = 0
  for (const t of top) { count = scoreFirst(postingStart[t]!, postingStart[t + 1]!, 1, count); postings += postingStart[t+1]! - postingStart[t]! }
  for (let i = 0; i < count; i++) matched[candidates[i]!] = 0
  console.log('postings', postings, 'cands', count, (performance.now() - t0).toFixed(2), 'ms')
}
const t1 = performance.now(); let n = 0
for (const [, t] of text.dictionary.atPrefix('n')) n++
console.log('atPrefix n terms', n, (performance.now() - t1).toFixed(2))
