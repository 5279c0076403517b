/**
 * npm run corpus:eval -- [--json] [--details] [--doc SOURCE_ID] [--root DIR]
 *
 * Builds the evaluation set (corpus/eval/, docs/evaluation.md) with the real builder and prints
 * precision, recall and F1 per item type, per language and per document; the share of
 * non-statements taken as statements; link recall and precision with the false links among the
 * negatives. `--details` also lists, per document, the statements missed, the extra ones, wrong
 * speakers, the non-statements taken and the link pairs missed or false (`--doc` for one
 * document). `--json` prints the whole result as JSON instead. `--root DIR` evaluates another folder
 * laid out like corpus/eval/ (sources/, annotations/, sessions.json, links.json), for example a
 * held-out batch measured before it joins the set.
 *
 * Exit code 1 when an annotation is wrong (a text not in its document, an unknown speaker id,
 * a link to an item that is not annotated) or the set cannot be built at all; the floors are the
 * test's (tests/unit/corpus/eval-floors.test.ts), not this command's.
 */
import { parseArgs } from 'node:util'
import { CorpusBuildError, formatProblem } from '../../src/domain/corpus/builder/problems'
import { DEFAULT_EVAL_FOLDER, runEvaluation } from './eval-run'
import {
  prf,
  SCORED_TYPES,
  takenRate,
  type Counts,
  type EvalResult,
  type NonStatementCounts,
  type TypeCounts,
} from './eval-score'

const num = (x: number | null) => (x === null ? '  –  ' : x.toFixed(3))
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`)
const row = (label: string, c: Counts, width: number) => {
  const { precision, recall, f1 } = prf(c)
  return `  ${label.padEnd(width)}  ${num(precision)}  ${num(recall)}  ${num(f1)}   ${c.tp}/${c.built}/${c.annotated}`
}
const taken = (n: NonStatementCounts) => `${n.taken} of ${n.total} (${pct(takenRate(n))})`
const short = (s: string, n = 100) => {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > n ? `${one.slice(0, n - 1)}…` : one
}

const num2 = (x: number | null) => (x === null ? ' –  ' : x.toFixed(2))

/** P R F1 of each type, two decimals: one document on one line. */
function compact(c: TypeCounts): string {
  return SCORED_TYPES.map((t) => {
    const { precision, recall, f1 } = prf(c[t])
    return `${num2(precision)} ${num2(recall)} ${num2(f1)}`
  }).join(' | ')
}

function formatReport(r: EvalResult, details: boolean, only?: string): string {
  const lines: string[] = []
  const annotated = r.documents.reduce(
    (n, d) => n + d.counts.direct.annotated + d.counts.reported.annotated + d.nonStatements.total,
    0,
  )
  const failed = r.documents.filter((d) => d.buildProblem)
  lines.push(
    `evaluation set: ${r.documents.length} annotated documents (${Object.keys(r.byLanguage)
      .sort()
      .map((l) => `${l} ${r.documents.filter((d) => d.language === l).length}`)
      .join(', ')}), ${annotated} annotated items; ${failed.length} failed to build` +
      (r.unannotated.length ? `; not annotated: ${r.unannotated.join(', ')}` : ''),
  )
  lines.push('', `  ${'type'.padEnd(16)}  precision recall  F1      tp/built/annotated`)
  for (const t of SCORED_TYPES) lines.push(row(t, r.total[t], 16))
  lines.push(`  non-statements taken: ${taken(r.nonStatements)}`)
  const l = r.links
  lines.push(
    `  links: ${l.found} of ${l.positives} positives found (recall ${num(l.recall)}), ` +
      `${l.falseLinks} false links among ${l.negatives} negatives (precision ${num(l.precision)})`,
  )
  const al = r.alignments
  lines.push(
    `  translations aligned (${al.documents} translations): ${al.found} of ${al.expected} annotated pairs found (recall ${num(al.recall)}), ` +
      `${al.correct} of ${al.built} built pairs right (precision ${num(al.precision)})`,
  )
  for (const [lang, s] of Object.entries(r.byLanguage).sort()) {
    lines.push('', `language ${lang}`)
    for (const t of SCORED_TYPES) lines.push(row(t, s.counts[t], 16))
    lines.push(
      `  non-statements taken: ${taken(s.nonStatements)}; links: ${s.links.found} of ${s.links.positives} found, ${s.links.falseLinks} false among ${s.links.negatives} negatives`,
    )
  }
  const width = Math.max(8, ...r.documents.map((d) => d.id.length))
  lines.push(
    '',
    `per document (precision recall F1: ${SCORED_TYPES.join(' | ')}; non-statements taken)`,
  )
  for (const d of r.documents)
    lines.push(
      `  ${d.id.padEnd(width)}  ${compact(d.counts)}; ${taken(d.nonStatements)}${d.buildProblem ? '  BUILD FAILED' : ''}`,
    )
  for (const d of failed)
    lines.push('', `${d.id} did not build (scored as extracting nothing):`, d.buildProblem ?? '')
  if (details) {
    for (const d of r.documents) {
      if (only && d.id !== only) continue
      lines.push('', `── ${d.id}`)
      for (const m of d.missed)
        lines.push(`  missed ${m.type}: "${short(m.text)}"\n      ${m.detail}`)
      for (const m of d.extra) lines.push(`  extra ${m.type} (${m.detail}): "${short(m.text)}"`)
      for (const w of d.wrongSpeaker)
        lines.push(`  wrong speaker (${w.got}, should be ${w.expected}): "${short(w.text)}"`)
      for (const t of d.taken) lines.push(`  taken ${t.reason}: "${short(t.text)}"`)
    }
    if (!only) {
      lines.push('')
      for (const p of l.missedPairs)
        lines.push(
          `  link missed (${p.kind}): ${p.a.source} "${short(p.a.text, 60)}" ~ ${p.b.source} "${short(p.b.text, 60)}"`,
        )
      for (const p of l.falsePairs)
        lines.push(
          `  FALSE link (${p.kind}): ${p.a.source} "${short(p.a.text, 60)}" ~ ${p.b.source} "${short(p.b.text, 60)}"`,
        )
      for (const p of al.missed)
        lines.push(
          `  alignment missed: ${p.original.source} "${short(p.original.text, 60)}" = ${p.translation.source} "${short(p.translation.text, 60)}"`,
        )
      for (const p of al.wrong)
        lines.push(
          `  WRONG alignment: ${p.original.source} "${short(p.original.text, 60)}" = ${p.translation.source} "${short(p.translation.text, 60)}"`,
        )
    }
  }
  return lines.join('\n')
}

function main(): number {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      details: { type: 'boolean', default: false },
      doc: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(
      'usage: npm run corpus:eval -- [--json] [--details] [--doc SOURCE_ID] [--root DIR]\nsee docs/evaluation.md',
    )
    return 0
  }
  let result: EvalResult
  try {
    result = runEvaluation(
      values.root ? { ...DEFAULT_EVAL_FOLDER, root: values.root } : DEFAULT_EVAL_FOLDER,
    )
  } catch (error) {
    if (!(error instanceof CorpusBuildError)) throw error
    console.error('the evaluation set cannot be built:')
    for (const p of error.problems) console.error(formatProblem(p))
    return 1
  }
  console.log(
    values.json
      ? JSON.stringify(result, null, 2)
      : formatReport(result, values.details || values.doc !== undefined, values.doc),
  )
  if (result.annotationErrors.length > 0) {
    console.error(`\n${result.annotationErrors.length} annotation error(s):`)
    for (const e of result.annotationErrors) console.error(`  ${e}`)
    return 1
  }
  return 0
}

try {
  process.exitCode = main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
