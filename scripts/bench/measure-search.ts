/**
 * Search as you type on `/quotes`, and scrolling the full result list, in the page.
 *
 * Typing: for each query, the box is first filled with all but its last character and the
 * page allowed to settle; after a pause of random length (PRESS_JITTER_MS) the last character
 * is pressed as a real key (CDP input) and the probe times keydown → the frame that shows the
 * new results and facet counts (the last DOM change it caused, painted). Repeated `reps` times
 * per query; median and p95.
 *
 * Scrolling: `/quotes` with no query lists every statement; the probe scrolls the list a
 * fixed distance per animation frame and records the frame intervals.
 */
import type { Browser, Page } from '@playwright/test'
import type { KeystrokeTiming, ScrollTiming } from './page/probe'
import { mulberry32 } from './prng'
import { filtersSearch, type BenchQuery } from './queries'
import { percentile, round1, summarise, type Summary } from './stats'

export interface QueryTiming {
  label: string
  keystrokeToResults: Summary
  inputToNextPaint: Summary
  /** Keydown → last DOM change: the page's work, before the frame is rendered. */
  keystrokeToDom: Summary
  resultCount: number | null
  /** The app's result hook confirmed the query (else: settled on DOM quiet only). */
  confirmedByHook: boolean
  timeouts: number
}

export interface ScrollResult {
  totalRows: number | null
  rowsInDom: number
  frames: number
  /** Frames delivered within one 60 Hz interval (≤ 16.7 ms, +1 ms timer jitter). */
  framesUnder16msPct: number
  p95FrameMs: number
  maxFrameMs: number
  container: string
}

interface Env {
  browser: Browser
  origin: string
  probe: string
}

const QUIET_MS = 60
const SETTLE_TIMEOUT_MS = 15_000
/**
 * The page is settled when a frame has just been painted; a key pressed at once would always
 * land just after a frame, the worst moment (it waits almost a whole frame for the next one).
 * A person's keys fall at any moment of the frame and after any pause, so each press waits a
 * further 0 to PRESS_JITTER_MS first, drawn from a seeded generator (the same pauses in every
 * run).
 */
const PRESS_JITTER_MS = 100
const PRESS_JITTER_SEED = 0x6b657973

async function openQuotes(env: Env, search: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript({ content: env.probe })
  const page = await context.newPage()
  await page.goto(`${env.origin}/quotes${search}`, { waitUntil: 'load' })
  await page.waitForSelector('main input[type="search"], main [role="searchbox"]', {
    timeout: 60_000,
  })
  await page.evaluate(([quiet, timeout]) => window.__bench.waitForResults(null, quiet, timeout), [
    QUIET_MS,
    SETTLE_TIMEOUT_MS,
  ] as const)
  return page
}

const searchBox = (page: Page) =>
  page.locator('main input[type="search"], main [role="searchbox"]').first()

export async function measureTyping(
  env: Env,
  queries: BenchQuery[],
  reps: number,
): Promise<Record<string, QueryTiming>> {
  const out: Record<string, QueryTiming> = {}
  const jitter = mulberry32(PRESS_JITTER_SEED)
  for (const query of queries) {
    const page = await openQuotes(env, filtersSearch(query))
    const box = searchBox(page)
    const before = query.q.slice(0, -1)
    const last = query.q.slice(-1)
    const samples: KeystrokeTiming[] = []
    for (let rep = 0; rep < reps; rep++) {
      const since = await page.evaluate(() => performance.now())
      await box.fill(before)
      await page.evaluate(
        ([expected, quiet, timeout, from]) =>
          window.__bench.waitForResults(expected, quiet, timeout, from),
        [before, QUIET_MS, SETTLE_TIMEOUT_MS, since] as const,
      )
      await page.waitForTimeout(jitter.next() * PRESS_JITTER_MS)
      await page.evaluate(() => window.__bench.arm())
      await page.keyboard.type(last)
      samples.push(
        await page.evaluate(
          ([expected, quiet, timeout]) => window.__bench.keystroke(expected, quiet, timeout),
          [query.q, QUIET_MS, SETTLE_TIMEOUT_MS] as const,
        ),
      )
      // An app that does not answer would otherwise cost reps × the timeout.
      if (samples.filter((s) => s.timedOut).length >= 3) break
    }
    const valid = samples.filter((s) => !s.timedOut)
    out[query.key] = {
      label: query.label,
      keystrokeToResults: summarise(valid.map((s) => s.keystrokeToResultsMs)),
      inputToNextPaint: summarise(valid.map((s) => s.inputToNextPaintMs)),
      keystrokeToDom: summarise(valid.map((s) => s.keystrokeToDomMs)),
      resultCount: samples.at(-1)?.count ?? null,
      confirmedByHook: samples.every((s) => s.matchedQuery),
      timeouts: samples.length - valid.length,
    }
    await page.context().close()
  }
  return out
}

export async function measureScroll(
  env: Env,
  frames: number,
  pxPerFrame: number,
): Promise<ScrollResult> {
  const page = await openQuotes(env, '')
  const totalRows = await page.evaluate(() => window.__bench.resultCount())
  // Let the first frames after load pass, then scroll.
  await page.waitForTimeout(300)
  const timing: ScrollTiming = await page.evaluate(([n, px]) => window.__bench.scroll(n, px), [
    frames,
    pxPerFrame,
  ] as const)
  await page.context().close()
  const onTime = timing.frameMs.filter((ms) => ms <= 16.7 + 1).length
  return {
    totalRows,
    rowsInDom: timing.rowsInDom,
    frames: timing.frames,
    framesUnder16msPct: round1((onTime / timing.frameMs.length) * 100),
    p95FrameMs: round1(percentile(timing.frameMs, 95)),
    maxFrameMs: round1(Math.max(...timing.frameMs)),
    container: timing.container,
  }
}
