/**
 * `npm run bench`: the Assembly Explorer benchmark (issue 6). A benchmark, not a test:
 * it prints figures, it does not pass or fail (scripts/check-budget.ts is the CI check).
 *
 * Inputs:  corpus/ (the seed documents, sessions.json, topics.json), the app's sources
 *          (src/, index.html, vite.config.ts), Chromium at $CHROME_PATH (/usr/bin/chromium).
 * Outputs: Markdown tables on stdout (progress on stderr); the same figures as JSON in
 *          bench/results/<label>.json. Scratch files (synthetic corpora, private app
 *          builds) live in <$BENCH_WORK_DIR or the OS tmpdir>/assembly-explorer-bench;
 *          the shared src/generated/ and dist/ are never written.
 * Order:   1. bundle the in-page code (probe, reference engines) with esbuild
 *          2. seed corpus → app build → Lighthouse mobile + desktop (unless --skip-lighthouse)
 *          3. per size (1k, 10k, 100k): synthetic folder → corpus builder (timed) → app build →
 *             static server → cold loads, search as you type, scrolling, reference engines
 *          4. targets, Markdown, JSON
 *
 * Flags:   --sizes 1k,10k,100k   --skip-lighthouse   --label NAME   --reps 30
 *          --lighthouse-runs 3   --load-runs 3   --keep (keep the scratch folder)
 */
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildApp, generatedDir, prepareWorkTree } from './app-build'
import { launchBrowser } from './browser'
import { buildCorpusFile } from './corpus-build'
import { measureAdd } from './measure-add'
import { runLighthouse } from './lighthouse'
import { measureLoad } from './measure-load'
import { measureScroll, measureTyping } from './measure-search'
import { fileSizes } from './network-log'
import { buildPageBundles } from './page-bundles'
import { benchQueries } from './queries'
import { ENGINES, measureReferences } from './references'
import { checkTargets, renderMarkdown, type BenchResult, type SizeResult } from './report'
import { serveStatic } from './static-server'
import { writeSyntheticCorpus } from './synthetic-corpus'
import { decodeCorpusFile, type CorpusFile } from '../../src/domain/corpus/corpus-file'
import type { Corpus } from '../../src/domain/corpus/schema'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const started = performance.now()
const log = (line: string) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`,
  )

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim())
  if (!match) throw new Error(`--sizes: "${text}" is not a size like 1k, 10k, 100k or 2500`)
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1))
}

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,100k' },
    'skip-lighthouse': { type: 'boolean', default: false },
    label: { type: 'string' },
    reps: { type: 'string', default: '30' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'load-runs': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
})
const sizes = args.sizes.split(',').map(parseSize)
const typingReps = Number(args.reps)
const lighthouseRuns = Number(args['lighthouse-runs'])
const loadRuns = Number(args['load-runs'])
const date = new Date().toISOString().slice(0, 10)
const isDefaultRun = args.sizes === '1k,10k,100k' && !args['skip-lighthouse']
const label = args.label ?? (isDefaultRun ? date : `${date}-partial`)
// Always a folder of our own inside the given one: it is wiped at the start of each run.
const workRoot = join(process.env.BENCH_WORK_DIR ?? tmpdir(), 'assembly-explorer-bench')
for (const [flag, value] of Object.entries({
  reps: typingReps,
  'lighthouse-runs': lighthouseRuns,
  'load-runs': loadRuns,
})) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} must be a whole number ≥ 1`)
}

/** A real topic for the filtered query: one about unity if the taxonomy has it. */
function filterTopic(): string | null {
  const file = join(projectRoot, 'corpus', 'topics.json')
  if (!existsSync(file)) return null
  const topics = JSON.parse(readFileSync(file, 'utf8')) as { id: string; rules?: string[] }[]
  const unity = topics.find((t) => t.id.includes('unity') || t.rules?.some((r) => /unity/i.test(r)))
  return (unity ?? topics[0])?.id ?? null
}

function corpusAssets(dist: string) {
  const assets = join(dist, 'assets')
  return readdirSync(assets)
    .filter((file) => file.endsWith('.json') || file.endsWith('.bin'))
    .sort()
    .map((file) => {
      const { raw, gzip } = fileSizes(join(assets, file))
      return { file: `assets/${file}`, rawBytes: raw, gzipBytes: gzip }
    })
}

/** The corpus a build wrote, as the app reads it. */
function readBuiltCorpus(corpusFile: string): Corpus {
  return decodeCorpusFile(JSON.parse(readFileSync(corpusFile, 'utf8')) as CorpusFile)
}

async function main() {
  const errors: string[] = []
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn()
    } catch (error) {
      const message = `${what}: ${error instanceof Error ? error.message : String(error)}`
      log(`FAILED ${message.split('\n')[0]}`)
      errors.push(message)
      return null
    }
  }

  rmSync(workRoot, { recursive: true, force: true })
  mkdirSync(workRoot, { recursive: true })
  log(`scratch folder ${workRoot}`)
  const bundles = await buildPageBundles()
  const queries = benchQueries(filterTopic())
  const browser = await launchBrowser()
  const chromium = `Chromium ${browser.version()}`

  // Seed corpus: Lighthouse.
  let lighthouse: BenchResult['lighthouse'] = null
  if (!args['skip-lighthouse']) {
    const appDir = join(workRoot, 'seed', 'app')
    prepareWorkTree(projectRoot, appDir)
    const corpusFile = join(generatedDir(appDir), 'corpus.json')
    const build = buildCorpusFile(join(projectRoot, 'corpus'), corpusFile)
    log(`seed corpus: ${build.statements} statements in ${build.totalMs} ms`)
    const { dist, buildMs } = buildApp(appDir)
    log(`seed app built in ${(buildMs / 1000).toFixed(1)} s`)
    const firstQuote = readBuiltCorpus(corpusFile).quotes[0]?.id
    const server = await serveStatic(dist)
    const paths = ['/', '/quotes', ...(firstQuote ? [`/quotes/${firstQuote}`] : [])]
    const pages = await attempt('lighthouse', () =>
      runLighthouse(server.origin, paths, lighthouseRuns, log),
    )
    await server.close()
    if (pages) lighthouse = { corpus: 'seed', pages }
  }

  const results: Record<string, SizeResult> = {}
  for (const statements of sizes) {
    const dir = join(workRoot, `size-${statements}`)
    const input = join(dir, 'input')
    const synthetic = writeSyntheticCorpus({ statements, outDir: input, projectRoot })
    log(
      `${statements}: generated ${synthetic.documents} documents (${(synthetic.textBytes / 1e6).toFixed(1)} MB)`,
    )
    const appDir = join(dir, 'app')
    prepareWorkTree(projectRoot, appDir)
    const corpusFile = join(generatedDir(appDir), 'corpus.json')
    const corpusBuild = buildCorpusFile(input, corpusFile)
    log(
      `${statements}: corpus built, ${corpusBuild.statements} statements in ${(corpusBuild.totalMs / 1000).toFixed(2)} s`,
    )
    const { dist, buildMs } = buildApp(appDir)
    log(`${statements}: app built in ${(buildMs / 1000).toFixed(1)} s`)

    const server = await serveStatic(dist, {
      ...bundles.refsFiles,
      // The reference engines read the statements as objects, as the app holds them.
      '/__bench/corpus.json': JSON.stringify(readBuiltCorpus(corpusFile)),
    })
    const env = { browser, origin: server.origin, dist, probe: bundles.probe }
    const timeoutMs = 45_000
    const load = await attempt(`${statements}: load`, () => measureLoad(env, loadRuns, timeoutMs))
    log(`${statements}: loads measured`)
    const typing = await attempt(`${statements}: typing`, () =>
      measureTyping(env, queries, typingReps),
    )
    log(`${statements}: typing measured`)
    const scroll = await attempt(`${statements}: scroll`, () => measureScroll(env, 240, 120))
    log(`${statements}: scrolling measured`)
    const add = await attempt(`${statements}: add`, () => measureAdd(env, 5))
    log(`${statements}: /add measured`)
    const references = await attempt(`${statements}: references`, () =>
      measureReferences(env, queries, { min: 3, max: typingReps * 2, budgetMs: 3000 }),
    )
    log(`${statements}: references measured (${ENGINES.join(', ')})`)
    await server.close()
    results[String(statements)] = {
      statements,
      synthetic,
      corpusBuild,
      corpusAssets: corpusAssets(dist),
      load,
      typing,
      scroll,
      add,
      references,
    }
  }
  await browser.close()
  if (!args.keep) rmSync(workRoot, { recursive: true, force: true })

  const partial: Omit<BenchResult, 'targets' | 'totalSeconds' | 'errors'> = {
    label,
    date,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      chromium,
    },
    options: { sizes, typingReps, lighthouseRuns, loadRuns },
    queries,
    sizes: results,
    lighthouse,
  }
  const result: BenchResult = {
    ...partial,
    targets: checkTargets(partial),
    errors,
    totalSeconds: Math.round((performance.now() - started) / 1000),
  }
  const resultsDir = join(projectRoot, 'bench', 'results')
  mkdirSync(resultsDir, { recursive: true })
  const file = join(resultsDir, `${label}.json`)
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write(`${renderMarkdown(result)}\n`)
  log(`wrote ${file}`)
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
