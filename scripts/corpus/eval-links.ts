/**
 * `npm run corpus:links`: how well the linker finds the corroborations and echoes of the
 * evaluation set (corpus/eval/links.json), from the annotated statements themselves, so that the
 * linker is judged apart from extraction. Prints the pairs it gets wrong, the figures at the
 * thresholds in use, and the precision/recall curve over the thresholds' scale.
 *
 *   npm run corpus:links               # summary, curve and the pairs it gets wrong
 *   npm run corpus:links -- --all      # every labelled pair with its evidence
 */
import { readEvalLinks } from './eval-links-data'
import { evaluateLinks, linkCurve } from '../../src/domain/corpus/builder/link-eval'

const all = process.argv.includes('--all')
const data = readEvalLinks('corpus/eval')
const result = evaluateLinks(data.items, data.pairs)
const pct = (x: number) => `${(100 * x).toFixed(1)} %`

console.log(
  `evaluation set: ${data.items.length} annotated statements, ${data.pairs.length} labelled pairs ` +
    `(${data.pairs.filter((p) => p.linked).length} linked, ${data.pairs.filter((p) => !p.linked).length} not)`,
)
for (const row of result.pairs) {
  if (!all && row.expected === row.found) continue
  const verdict = row.expected === row.found ? 'ok  ' : row.found ? 'FALSE LINK' : 'MISSED'
  console.log(`\n${verdict} ${row.kind} ${row.expected ? 'linked' : 'not linked'}  ${row.evidence}`)
  console.log(`  a ${row.a.source}: ${row.a.text.slice(0, 160)}`)
  console.log(`  b ${row.b.source}: ${row.b.text.slice(0, 160)}`)
}
const line = (label: string, r: typeof result) =>
  `${label.padEnd(22)} precision ${pct(r.precision).padStart(7)}  recall ${pct(r.recall).padStart(7)}  ` +
  `found ${r.truePositives}/${r.positives}  false links ${r.falseLinks}/${r.negatives}` +
  `  other links ${r.unlabelledLinks}`
console.log('')
console.log(line('all', result))
for (const kind of ['corroboration', 'echo'] as const)
  console.log(line(kind, evaluateLinks(data.items, data.pairs, undefined, { kind })))
for (const language of ['en', 'ru', 'kk'] as const)
  if (data.pairs.some((p) => p.language === language))
    console.log(line(language, evaluateLinks(data.items, data.pairs, undefined, { language })))
console.log('\nprecision/recall as the thresholds scale (1 = the thresholds in use):')
for (const point of linkCurve(data.items, data.pairs))
  console.log(
    `  × ${point.scale.toFixed(2)}  precision ${pct(point.precision).padStart(7)}  recall ${pct(point.recall).padStart(7)}  false links ${point.falseLinks}`,
  )
