/**
 * Lighthouse 12 on the seed-corpus build: mobile (Lighthouse's default: emulated phone,
 * simulated slow 4G and 4x CPU slowdown) and desktop, each page `runs` times; the median
 * of each of the four category scores. One Chromium (chrome-launcher, the benchmark's flags)
 * serves every run; Lighthouse resets storage before each.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig, type Flags } from 'lighthouse'
import { CHROME_FLAGS, CHROME_PATH } from './browser'
import { median } from './stats'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
export type FormFactor = 'mobile' | 'desktop'

export interface LighthousePage {
  path: string
  scores: Record<FormFactor, Record<Category, number | null>>
  /** Audits that lost points in the median-performance run (id: score 0–100). */
  failing: Record<FormFactor, Record<string, number>>
}

export async function runLighthouse(
  origin: string,
  paths: string[],
  runs: number,
  log: (line: string) => void,
): Promise<LighthousePage[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [...CHROME_FLAGS],
    logLevel: 'silent',
  })
  try {
    const out: LighthousePage[] = []
    for (const path of paths) {
      const page: LighthousePage = {
        path,
        scores: { mobile: emptyScores(), desktop: emptyScores() },
        failing: { mobile: {}, desktop: {} },
      }
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const samples: {
          scores: Record<Category, number | null>
          failing: Record<string, number>
        }[] = []
        for (let run = 0; run < runs; run++) {
          const flags: Flags = {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          }
          const result = await lighthouse(
            `${origin}${path}`,
            flags,
            formFactor === 'desktop' ? desktopConfig : undefined,
          )
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
          const lhr = result.lhr
          const scores = emptyScores()
          for (const category of CATEGORIES) {
            const score = lhr.categories[category]?.score
            scores[category] = typeof score === 'number' ? Math.round(score * 100) : null
          }
          const failing: Record<string, number> = {}
          for (const category of CATEGORIES) {
            for (const ref of lhr.categories[category]?.auditRefs ?? []) {
              const audit = lhr.audits[ref.id]
              if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1)
                failing[ref.id] = Math.round(audit.score * 100)
            }
          }
          samples.push({ scores, failing })
          log(
            `lighthouse ${formFactor} ${path} run ${run + 1}: ${CATEGORIES.map((c) => scores[c]).join(' / ')}`,
          )
        }
        for (const category of CATEGORIES) {
          const values = samples
            .map((s) => s.scores[category])
            .filter((v): v is number => v !== null)
          page.scores[formFactor][category] = values.length ? median(values) : null
        }
        const byPerformance = [...samples].sort(
          (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0),
        )
        page.failing[formFactor] =
          byPerformance[Math.floor((byPerformance.length - 1) / 2)]!.failing
      }
      out.push(page)
    }
    return out
  } finally {
    chrome.kill()
  }
}

function emptyScores(): Record<Category, number | null> {
  return { performance: null, accessibility: null, 'best-practices': null, seo: null }
}
