/**
 * Runs the reference engines (scripts/bench/page/references.ts) in the same browser, on the
 * same statements (the built corpus, served at /__bench/corpus.json) and the same queries.
 */
import type { Browser } from '@playwright/test'
import type { EngineName, EngineRun } from './page/references'
import type { BenchQuery } from './queries'
import { round1, summarise, type Summary } from './stats'

export const ENGINES: EngineName[] = ['ours-engine', 'minisearch', 'fuse', 'scan']

export interface EngineResult {
  indexBuildMs: number
  queries: Record<string, { search: Summary; hits: number }>
}

interface Env {
  browser: Browser
  origin: string
}

export async function measureReferences(
  env: Env,
  queries: BenchQuery[],
  reps: { min: number; max: number; budgetMs: number },
): Promise<Record<EngineName, EngineResult>> {
  const out = {} as Record<EngineName, EngineResult>
  for (const engine of ENGINES) {
    // A fresh page per engine: no engine pays for another's garbage.
    const context = await env.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${env.origin}/__bench/refs.html`)
    await page.evaluate(() => window.__refs.load('/__bench/corpus.json'))
    const run: EngineRun = await page.evaluate(
      ([name, qs, min, max, budget]) => window.__refs.run(name, qs, min, max, budget),
      [engine, queries, reps.min, reps.max, reps.budgetMs] as const,
    )
    const result: EngineResult = { indexBuildMs: round1(run.buildMs), queries: {} }
    for (const query of queries) {
      const q = run.queries[query.key]!
      result.queries[query.key] = { search: summarise(q.samples), hits: q.hits }
    }
    out[engine] = result
    await context.close()
  }
  return out
}
