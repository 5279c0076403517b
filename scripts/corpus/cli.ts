/**
 * npm run corpus -- [--sources DIR] [--out FILE] [--sessions FILE] [--topics FILE]
 *                   [--speakers FILE] [--overrides FILE] [--pairs] [--explain SOURCE_ID]
 *                   [--format csv|json|datapackage]… [--data-out DIR] [--base-url URL]
 *
 * Builds the corpus the app ships, from the corpus folder (docs/corpus.md).
 *
 * Input (defaults):
 *   --sources    corpus/sources          <name>.txt + <name>.meta.json per document (+ SHA256SUMS)
 *   --sessions   corpus/sessions.json    the sessions
 *   --topics     corpus/topics.json      the topic taxonomy and its matching rules
 *   --overrides  corpus/overrides.json   editorial overrides by quote id (optional)
 * Output:
 *   --out        src/generated/corpus.json   validated against src/domain/corpus/schema.ts,
 *                and beside it its summary (corpus-summary.json, src/domain/corpus/summary.ts)
 *                and its search indexes (corpus-index.bin, src/domain/search/index-file.ts)
 *
 * Order: read the folder → check every input (schemas) → clean → segment → attribute → tag →
 * link → validate the whole corpus → index → write atomically. Any problem stops the build before the
 * write, prints every problem with its file and line and what to do, and exits with 1.
 * `--pairs` also prints every corroboration and echo with its two texts, for editors to check.
 * `--format` (repeatable) also writes the corpus as a dataset into --data-out (default dataset/):
 * statements.csv, statements.json, datapackage.json (scripts/corpus/write-dataset.ts); permalinks
 * start with --base-url (the app's public address), else they are paths.
 * `--explain SOURCE_ID` prints every passage of that document with the builder's decision and why.
 * Imperfect text (an unclosed quotation, a missing language) is printed as warnings, file and
 * line, and does not stop the build.
 */
import { statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { buildCorpus, type BuildResult } from '../../src/domain/corpus/builder/build'
import { explainReading } from '../../src/domain/corpus/builder/explain'
import { CorpusBuildError, formatProblem } from '../../src/domain/corpus/builder/problems'
import { DEFAULT_FOLDER, readCorpusFolder } from './read-folder'
import { indexPathFor, summaryPathFor, writeCorpusFiles } from './write'
import { DEFAULT_DATA_OUT, datasetFormats, writeDataset } from './write-dataset'

const DEFAULT_OUT = 'src/generated/corpus.json'

function summary({ corpus, report }: BuildResult, out: string, pairs: boolean): string {
  const direct = corpus.quotes.filter((q) => q.kind === 'direct').length
  const lines = [
    `corpus: ${corpus.sources.length} sources, ${corpus.quotes.length} statements (${direct} direct, ${corpus.quotes.length - direct} reported), ` +
      `${corpus.speakers.length} speakers, ${corpus.topics.length} topics, ` +
      `${report.corroborationPairs.length} corroboration pairs, ${report.echoPairs.length} echo pairs → ${out} (${Math.round(statSync(out).size / 1024)} kB) + ${indexPathFor(out)} (${Math.round(statSync(indexPathFor(out)).size / 1024)} kB) + ${summaryPathFor(out)} (${Math.round(statSync(summaryPathFor(out)).size / 1024)} kB)`,
  ]
  const width = Math.max(6, ...report.sources.map((s) => s.sourceId.length))
  lines.push(`  ${'source'.padEnd(width)}  direct  reported  corroborated-by  echoes  speakers`)
  for (const s of report.sources)
    lines.push(
      `  ${s.sourceId.padEnd(width)}  ${String(s.direct).padStart(6)}  ${String(s.reported).padStart(8)}  ${String(s.corroborations).padStart(15)}  ${String(s.echoes).padStart(6)}  ${s.speakers.join(', ')}`,
    )
  lines.push(
    `  overrides: ${report.overridesApplied} applied, ${report.excluded} excluded, ${report.unusedOverrides.length} unused` +
      (report.unusedOverrides.length
        ? ` (no such quote: ${report.unusedOverrides.join(', ')})`
        : ''),
  )
  if (pairs) {
    const text = new Map(corpus.quotes.map((q) => [q.id, `${q.sourceId}#${q.id} ${q.text}`]))
    for (const [label, list] of [
      ['corroborations', report.corroborationPairs],
      ['echoes', report.echoPairs],
    ] as const) {
      lines.push(`\n${label}:`)
      for (const [a, b] of list) lines.push(`  - ${text.get(a)}\n    ${text.get(b)}`)
    }
  }
  return lines.join('\n')
}

function main(): number {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: DEFAULT_FOLDER.sources },
      sessions: { type: 'string', default: DEFAULT_FOLDER.sessions },
      topics: { type: 'string', default: DEFAULT_FOLDER.topics },
      speakers: { type: 'string', default: DEFAULT_FOLDER.speakers },
      overrides: { type: 'string', default: DEFAULT_FOLDER.overrides },
      out: { type: 'string', default: DEFAULT_OUT },
      pairs: { type: 'boolean', default: false },
      format: { type: 'string', multiple: true, default: [] },
      'data-out': { type: 'string', default: DEFAULT_DATA_OUT },
      'base-url': { type: 'string', default: '' },
      explain: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(
      'usage: npm run corpus -- [--sources DIR] [--out FILE] [--sessions FILE] [--topics FILE] [--speakers FILE] [--overrides FILE] [--pairs] [--explain SOURCE_ID] [--format csv|json|datapackage]… [--data-out DIR] [--base-url URL]\nsee docs/corpus.md and docs/data.md',
    )
    return 0
  }
  const formats = datasetFormats(values.format)
  try {
    const inputs = readCorpusFolder({
      sources: values.sources,
      sessions: values.sessions,
      topics: values.topics,
      speakers: values.speakers,
      overrides: values.overrides,
    })
    const result = buildCorpus(inputs)
    writeCorpusFiles(values.out, result.corpus)
    for (const w of result.report.warnings) console.error(`warning: ${formatProblem(w)}`)
    console.log(summary(result, values.out, values.pairs))
    for (const path of writeDataset(result.corpus, formats, values['data-out'], values['base-url']))
      console.log(`dataset → ${path}`)
    if (values.explain !== undefined) {
      const reading = result.readings.find((r) => r.doc.meta.id === values.explain)
      if (!reading) {
        console.error(
          `--explain: no source "${values.explain}" (sources: ${result.readings.map((r) => r.doc.meta.id).join(', ')})`,
        )
        return 1
      }
      console.log(`\n${explainReading(reading).join('\n')}`)
    }
    return 0
  } catch (error) {
    if (!(error instanceof CorpusBuildError)) throw error
    console.error(
      `corpus build failed (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}); nothing was written:`,
    )
    for (const p of error.problems) console.error(formatProblem(p))
    return 1
  }
}

try {
  process.exitCode = main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
