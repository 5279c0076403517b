/**
 * Writes a synthetic corpus of N statements as JSON, for trying the explorer at scale:
 *   npx tsx scripts/search/write-synthetic-corpus.ts 100000 /tmp/corpus-100k.json
 */
import { writeFileSync } from 'node:fs'
import { syntheticCorpus } from './synthetic-corpus'

const size = Number(process.argv[2] ?? 100_000)
const out = process.argv[3] ?? `/tmp/corpus-${size}.json`
writeFileSync(out, JSON.stringify(syntheticCorpus(size)))
console.log(`wrote ${size} statements to ${out}`)
