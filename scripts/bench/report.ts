/**
 * The benchmark's output: one result object (written as JSON, keys in a fixed order) and
 * the Markdown tables printed from it, each figure beside its target from issue 6.
 */
import type { CorpusBuildResult } from './corpus-build'
import type { Category, FormFactor, LighthousePage } from './lighthouse'
import type { AddResult } from './measure-add'
import type { LoadResult } from './measure-load'
import type { QueryTiming, ScrollResult } from './measure-search'
import type { BenchQuery } from './queries'
import type { EngineResult } from './references'
import type { EngineName } from './page/references'
import type { SyntheticSummary } from './synthetic-corpus'

export interface SizeResult {
  statements: number
  synthetic: SyntheticSummary
  corpusBuild: CorpusBuildResult
  corpusAssets: { file: string; rawBytes: number; gzipBytes: number }[]
  load: LoadResult | null
  typing: Record<string, QueryTiming> | null
  scroll: ScrollResult | null
  /** `/add` with a 10,000-word document (absent from results made before it existed). */
  add?: AddResult | null
  references: Record<EngineName, EngineResult> | null
}

export interface BenchResult {
  label: string
  date: string
  machine: { cpus: number; cpuModel: string; node: string; chromium: string }
  options: { sizes: number[]; typingReps: number; lighthouseRuns: number; loadRuns: number }
  queries: BenchQuery[]
  sizes: Record<string, SizeResult>
  lighthouse: { corpus: string; pages: LighthousePage[] } | null
  targets: TargetCheck[]
  /** Measurements that failed (the run goes on; their figures are null). */
  errors: string[]
  totalSeconds: number
}

export interface TargetCheck {
  target: string
  measured: string
  met: boolean | null
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`
const sizeName = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n))
const ratio = (ours: number, theirs: number) =>
  !theirs || Number.isNaN(ours) || Number.isNaN(theirs) ? '—' : `${(ours / theirs).toFixed(2)}×`

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Evaluates each target of issue 6 against the figures (null = not measured in this run). */
export function checkTargets(
  result: Omit<BenchResult, 'targets' | 'totalSeconds' | 'errors'>,
): TargetCheck[] {
  const checks: TargetCheck[] = []
  const sizes = Object.values(result.sizes).sort((a, b) => a.statements - b.statements)
  const largest = sizes.at(-1)
  const at100k = result.sizes['100000']

  if (at100k?.typing) {
    const worst = Math.max(...Object.values(at100k.typing).map((t) => t.keystrokeToResults.p95))
    checks.push({
      target: 'Search at 100k: keystroke → painted results + facet counts, p95 < 16 ms',
      measured: `worst query p95 ${ms(worst)}`,
      met: worst < 16,
    })
    const blocking = Math.max(...Object.values(at100k.typing).map((t) => t.inputToNextPaint.p95))
    checks.push({
      target: 'Typing never blocks: keystroke → next frame p95 < 2 frames (33 ms) at 100k',
      measured: ms(blocking),
      met: blocking < 33.4,
    })
  }
  if (largest?.load) {
    const js = largest.load.home.firstLoadJsGzipBytes
    checks.push({
      target: 'First-load JS of / ≤ 110 KB gzip',
      measured: kb(js),
      met: js <= 110 * 1024,
    })
    const home = largest.load.home.corpusBytesFetchedByHome
    checks.push({
      target: `Home page never waits for the corpus (${sizeName(largest.statements)})`,
      measured:
        home === 0
          ? `no statements fetched by / (only the ${mb(largest.load.home.summaryBytesFetchedByHome ?? 0)} summary)`
          : `/ fetched ${mb(home)} of statements`,
      met: home === 0,
    })
  }
  if (at100k?.load) {
    const usable = at100k.load.quotes.searchAnswersMs
    checks.push({
      target: '/quotes usable within 2 s of navigation at 100k',
      measured: usable === null ? 'never answered' : ms(usable),
      met: usable !== null && usable < 2000,
    })
    const heap = at100k.load.heapAfterLoad.totalMB
    checks.push({ target: 'JS heap < 300 MB at 100k', measured: `${heap} MB`, met: heap < 300 })
  }
  if (at100k?.scroll) {
    const s = at100k.scroll
    checks.push({
      target: 'Scrolling 100k rows never below 60 fps',
      measured: `${s.framesUnder16msPct}% of frames ≤ 16.7 ms, p95 ${ms(s.p95FrameMs)}`,
      met: s.framesUnder16msPct >= 99,
    })
  }
  if (at100k) {
    const seconds = at100k.corpusBuild.totalMs / 1000
    checks.push({
      target: 'Corpus build of 100k statements < 30 s',
      measured: `${seconds.toFixed(1)} s`,
      met: seconds < 30,
    })
  }
  for (const size of sizes) {
    if (!size.add) continue
    const { buildMs, keyToFrameMs } = size.add
    checks.push({
      target: `/add: a 10,000-word document processed in < 1 s (${sizeName(size.statements)} corpus)`,
      measured: `worker build p95 ${ms(buildMs.p95)}`,
      met: buildMs.p95 < 1000,
    })
    checks.push({
      target: `/add: typing never blocked while it builds, key → frame p95 < 33 ms (${sizeName(size.statements)})`,
      measured: ms(keyToFrameMs.p95),
      met: keyToFrameMs.p95 < 33.4,
    })
  }
  const at10k = result.sizes['10000']
  if (at10k && at100k) {
    const growth = at100k.corpusBuild.totalMs / at10k.corpusBuild.totalMs
    checks.push({
      target: 'Corpus build grows roughly linearly (10k → 100k ≈ 10×)',
      measured: `${growth.toFixed(1)}×`,
      met: growth < 15,
    })
  }
  if (result.lighthouse) {
    const pages = result.lighthouse.pages
    const desktopMin = Math.min(
      ...pages.flatMap((p) => Object.values(p.scores.desktop).map((v) => v ?? 0)),
    )
    checks.push({
      target: 'Lighthouse desktop 100 in all four categories (seed corpus)',
      measured: `lowest ${desktopMin}`,
      met: desktopMin === 100,
    })
    const mobilePerf = Math.min(...pages.map((p) => p.scores.mobile.performance ?? 0))
    checks.push({
      target: 'Lighthouse mobile performance ≥ 98 (seed corpus)',
      measured: `lowest ${mobilePerf}`,
      met: mobilePerf >= 98,
    })
  }
  return checks
}

export function renderMarkdown(result: BenchResult): string {
  const out: string[] = []
  const sizes = Object.values(result.sizes).sort((a, b) => a.statements - b.statements)
  const cols = sizes.map((s) => sizeName(s.statements))
  const row = (label: string, value: (s: SizeResult) => string) => [label, ...sizes.map(value)]
  const load = (s: SizeResult) => s.load

  out.push(`# Benchmark ${result.label} (${result.date})`)
  out.push(
    `${result.machine.cpus} × ${result.machine.cpuModel}; Node ${result.machine.node}; ${result.machine.chromium}; total ${result.totalSeconds.toFixed(0)} s`,
  )

  if (result.errors.length) {
    out.push('\n## Errors (figures missing)\n')
    out.push(result.errors.map((e) => `- ${e.split('\n')[0]}`).join('\n'))
  }

  out.push('\n## Targets\n')
  out.push(
    table(
      ['target (issue 6)', 'measured', 'met'],
      result.targets.map((t) => [
        t.target,
        t.measured,
        t.met === null ? '—' : t.met ? 'yes' : 'NO',
      ]),
    ),
  )

  out.push('\n## Corpus and load\n')
  out.push(
    table(
      ['figure', ...cols],
      [
        row(
          'statements built / documents',
          (s) => `${s.corpusBuild.statements.toLocaleString('en')} / ${s.synthetic.documents}`,
        ),
        row(
          'corpus build (read + build + write)',
          (s) => `${(s.corpusBuild.totalMs / 1000).toFixed(2)} s`,
        ),
        row('… per 1,000 statements', (s) =>
          ms((s.corpusBuild.totalMs / s.corpusBuild.statements) * 1000),
        ),
        row(
          'corpus files raw (gzip)',
          (s) =>
            `${mb(s.corpusAssets.reduce((t, a) => t + a.rawBytes, 0))} (${mb(s.corpusAssets.reduce((t, a) => t + a.gzipBytes, 0))})`,
        ),
        row('corpus chunks', (s) => String(s.corpusAssets.length)),
        row('first-load JS of / (gzip)', (s) =>
          load(s) ? kb(load(s)!.home.firstLoadJsGzipBytes) : '—',
        ),
        row('corpus fetched by / (statements · summary)', (s) =>
          load(s)
            ? `${mb(load(s)!.home.corpusBytesFetchedByHome)} · ${mb(load(s)!.home.summaryBytesFetchedByHome ?? 0)}`
            : '—',
        ),
        row('/quotes adds: JS (gzip)', (s) =>
          load(s) ? kb(load(s)!.quotesAdds.jsGzipBytes) : '—',
        ),
        row('/quotes adds: corpus (gzip)', (s) =>
          load(s) ? mb(load(s)!.quotesAdds.corpusGzipBytes) : '—',
        ),
        row('/ FCP · LCP', (s) =>
          load(s) ? `${ms(load(s)!.home.fcpMs)} · ${ms(load(s)!.home.lcpMs)}` : '—',
        ),
        row('/ header search → results painted', (s) => ms(load(s)?.home.searchAnswersMs)),
        row('/quotes?q=unity FCP · LCP', (s) =>
          load(s) ? `${ms(load(s)!.quotes.fcpMs)} · ${ms(load(s)!.quotes.lcpMs)}` : '—',
        ),
        row('/quotes?q=unity results painted', (s) => ms(load(s)?.quotes.urlQueryResultsMs)),
        row('/quotes search box answers (typed at once)', (s) =>
          ms(load(s)?.quotes.searchAnswersMs),
        ),
        row('main-thread long tasks: / · /quotes?q=unity', (s) =>
          load(s) ? `${ms(load(s)!.home.longTaskMs)} · ${ms(load(s)!.quotes.longTaskMs)}` : '—',
        ),
        row('DOM elements: / · /quotes?q=unity', (s) =>
          load(s) ? `${load(s)!.home.domNodes ?? '—'} · ${load(s)!.quotes.domNodes ?? '—'}` : '—',
        ),
        row('JS heap after load (main + workers)', (s) =>
          load(s)
            ? `${load(s)!.heapAfterLoad.totalMB} MB (${load(s)!.heapAfterLoad.mainMB} + ${load(s)!.heapAfterLoad.workersMB})`
            : '—',
        ),
        row('scroll: rows listed / in DOM', (s) =>
          s.scroll
            ? `${s.scroll.totalRows?.toLocaleString('en') ?? '?'} / ${s.scroll.rowsInDom}`
            : '—',
        ),
        row('scroll: frames ≤ 16.7 ms · p95 frame', (s) =>
          s.scroll ? `${s.scroll.framesUnder16msPct}% · ${ms(s.scroll.p95FrameMs)}` : '—',
        ),
        row('/add 10,000 words: worker build median · p95', (s) =>
          s.add ? `${ms(s.add.buildMs.median)} · ${ms(s.add.buildMs.p95)}` : '—',
        ),
        row('/add: change → result painted, median', (s) =>
          s.add ? ms(s.add.changeToPaintedMs.median) : '—',
        ),
        row('/add: typing while it builds, key → frame p95 · longest task', (s) =>
          s.add ? `${ms(s.add.keyToFrameMs.p95)} · ${ms(s.add.longestTaskMs)}` : '—',
        ),
      ],
    ),
  )

  for (const size of sizes) {
    if (!size.typing) continue
    out.push(
      `\n## Search as you type, ${sizeName(size.statements)} statements (keystroke → painted results and facet counts)\n`,
    )
    const refs = size.references
    const header = ['query', 'hits', 'ours median', 'ours p95', 'next frame p95', 'work p95']
    if (refs)
      header.push(
        'engine p95',
        'MiniSearch p95',
        'Fuse p95',
        'scan p95',
        'ours ÷ MiniSearch',
        'ours ÷ Fuse',
        'ours ÷ scan',
      )
    out.push(
      table(
        header,
        result.queries.map((q) => {
          const t = size.typing![q.key]!
          const cells = [
            q.label.replaceAll('|', '\\|'),
            String(t.resultCount ?? '?'),
            ms(t.keystrokeToResults.median),
            ms(t.keystrokeToResults.p95),
            ms(t.inputToNextPaint.p95),
            t.keystrokeToDom ? ms(t.keystrokeToDom.p95) : '—',
          ]
          if (refs) {
            const p = (e: EngineName) => refs[e].queries[q.key]!.search.p95
            const ours = t.keystrokeToResults.p95
            cells.push(ms(p('ours-engine')), ms(p('minisearch')), ms(p('fuse')), ms(p('scan')))
            cells.push(ratio(ours, p('minisearch')), ratio(ours, p('fuse')), ratio(ours, p('scan')))
          }
          return cells
        }),
      ),
    )
    out.push(
      '\n"next frame": keydown → the first frame painted after it (is typing blocked?). "work": keydown → the last DOM change it caused, before the browser styles, lays out and paints the frame that shows it (the app searches after the frame that echoes the key, so this includes that frame).',
    )
    if (refs) {
      out.push(
        `\nIndex build in the page: ours ${ms(refs['ours-engine'].indexBuildMs)}, MiniSearch ${ms(refs.minisearch.indexBuildMs)}, Fuse ${ms(refs.fuse.indexBuildMs)}, scan ${ms(refs.scan.indexBuildMs)}. Reference hits: ${result.queries
          .map(
            (q) =>
              `${q.key} ${refs.minisearch.queries[q.key]!.hits}/${refs.fuse.queries[q.key]!.hits}/${refs.scan.queries[q.key]!.hits}`,
          )
          .join(', ')} (MiniSearch/Fuse/scan).`,
      )
    }
  }

  if (result.lighthouse) {
    out.push(
      `\n## Lighthouse 12 (${result.lighthouse.corpus} corpus; median of ${result.options.lighthouseRuns})\n`,
    )
    const cats: Category[] = ['performance', 'accessibility', 'best-practices', 'seo']
    const rows: string[][] = []
    for (const page of result.lighthouse.pages) {
      for (const ff of ['mobile', 'desktop'] as FormFactor[]) {
        rows.push([page.path, ff, ...cats.map((c) => String(page.scores[ff][c] ?? '—'))])
      }
    }
    out.push(table(['page', 'form factor', ...cats], rows))
  }
  return out.join('\n')
}
