import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The README's performance figures come from one place: the benchmark run whose JSON it names.
 * Each figure is computed here from that file and must appear in the README's Performance
 * section as written, so a figure typed in by hand, or left over from another run, fails.
 */
const REPO = join(import.meta.dirname, '../../..')
const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
const section = readme.slice(
  readme.indexOf('## Performance'),
  readme.indexOf('\n## ', readme.indexOf('## Performance') + 1),
)
const source = /`(bench\/results\/[^`]+\.json)`/.exec(section)?.[1]

interface Stat {
  median: number
  p95: number
}
interface RunFile {
  totalSeconds: number
  sizes: Record<
    string,
    {
      corpusBuild: { totalMs: number }
      load: {
        home: { firstLoadJsGzipBytes: number }
        quotes: { searchAnswersMs: number }
        heapAfterLoad: { totalMB: number }
      }
      typing: Record<string, { keystrokeToResults: Stat; inputToNextPaint: Stat }>
      scroll: { framesUnder16msPct: number; rowsInDom: number }
      references: Record<string, { queries: Record<string, { search: Stat }> }>
    }
  >
  lighthouse: {
    pages: { scores: Record<'mobile' | 'desktop', Record<string, number>> }[]
  }
}

const range = (values: number[], digits: number) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`

describe('the README performance figures', () => {
  it('name the one benchmark run they come from', () => {
    expect(source).toMatch(/^bench\/results\/.+\.json$/)
  })

  it('are that run’s figures', () => {
    const run = JSON.parse(readFileSync(join(REPO, source!), 'utf8')) as RunFile
    const big = run.sizes['100000']!
    const typing = Object.values(big.typing)
    const p95s = (engine: string) =>
      Object.values(big.references[engine]!.queries).map((q) => q.search.p95)
    const mobilePerformance = run.lighthouse.pages.map((p) => p.scores.mobile.performance!)

    const figures = [
      `${run.totalSeconds} s`,
      `p95 ${range(
        typing.map((t) => t.inputToNextPaint.p95),
        1,
      )} ms`,
      `median ${range(
        typing.map((t) => t.keystrokeToResults.median),
        1,
      )} ms`,
      `p95 ${range(
        typing.map((t) => t.keystrokeToResults.p95),
        1,
      )} ms`,
      `MiniSearch takes ${range(p95s('minisearch').map(Math.round), 0)} ms`,
      `Fuse.js ${range(p95s('fuse').map(Math.round), 0)} ms`,
      `${(big.corpusBuild.totalMs / 1000).toFixed(1)} s for 100,000`,
      `×${(big.corpusBuild.totalMs / run.sizes['10000']!.corpusBuild.totalMs).toFixed(1)} from 10,000`,
      `after ${(big.load.quotes.searchAnswersMs / 1000).toFixed(2)} s`,
      `${big.scroll.framesUnder16msPct} % of frames`,
      `${big.scroll.rowsInDom} rows in the DOM`,
      `JS heap:** ${big.load.heapAfterLoad.totalMB} MB`,
      `${(big.load.home.firstLoadJsGzipBytes / 1024).toFixed(1)} KB of JavaScript`,
      `performance is ${range(mobilePerformance, 0)}`,
    ]
    for (const figure of figures) expect(section).toContain(figure)
    // "Under 6 ms": the engine's slowest query, p95.
    expect(Math.max(...p95s('ours-engine'))).toBeLessThan(6)
    expect(section).toContain('under 6 ms')
  })
})
