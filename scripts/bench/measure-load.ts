/**
 * Cold loads of `/` and `/quotes?q=unity` (fresh browser context each time: empty cache),
 * timed in the page by the probe, and what each page fetched.
 *
 * - home: FCP, LCP; first-load JS (every script `/` fetched until the network was idle);
 *   whether it fetched any corpus data; then a click on the header's "Quotes" link: what
 *   `/quotes` adds (JS and corpus).
 * - home search: the header search box gets "unity" and is submitted the moment it exists;
 *   time from navigation start until `/quotes` shows the painted results.
 * - quotes: `/quotes?q=unity` FCP, LCP, the URL's query answered (painted results), the JS
 *   heap; and, in separate loads, a query ("nation") typed the moment the box exists answered.
 */
import type { Browser, Page } from '@playwright/test'
import { measureHeap, type HeapUsage } from './heap'
import { recordNetwork, sumGzip, sumRaw, type FetchedFile } from './network-log'
import type { AutoTypeConfig, LoadTimings } from './page/probe'
import { median, round1 } from './stats'

export interface PageLoad {
  fcpMs: number | null
  lcpMs: number | null
  /** Navigation start → results for the URL's query painted (quotes page only). */
  urlQueryResultsMs: number | null
  /** Navigation start → a query typed the moment the search box appeared answered, painted. */
  searchAnswersMs: number | null
  /** Main-thread long tasks (> 50 ms) until the page settled, summed. */
  longTaskMs: number | null
  domNodes: number | null
  runs: number
}

export interface LoadResult {
  home: PageLoad & {
    firstLoadJsGzipBytes: number
    firstLoadCssGzipBytes: number
    corpusBytesFetchedByHome: number
    /** The corpus summary (counts for the overview), which `/` is meant to load. */
    summaryBytesFetchedByHome: number
    files: FetchedFile[]
  }
  quotesAdds: {
    jsGzipBytes: number
    corpusGzipBytes: number
    corpusRawBytes: number
    files: FetchedFile[]
  }
  quotes: PageLoad
  heapAfterLoad: HeapUsage
}

interface Env {
  browser: Browser
  origin: string
  dist: string
  probe: string
}

const QUOTES_URL_QUERY = 'unity'
const TYPED_QUERY = 'nation'

async function openPage(env: Env, autoType: AutoTypeConfig | null) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } })
  const network = recordNetwork(context, env.origin, env.dist)
  const config = JSON.stringify(autoType ? { autoType } : {})
  await context.addInitScript({ content: `window.__benchConfig = ${config};\n${env.probe}` })
  const page = await context.newPage()
  return { context, page, network }
}

/**
 * Waits for `done` (a page expression), for first contentful paint (a busy main thread can
 * hold it back well past the load event), for the network to go idle and for the DOM to
 * stay quiet a moment, so LCP has its final candidate.
 */
async function settle(page: Page, done: string, timeoutMs: number) {
  const wait = (expression: string) =>
    page.waitForFunction(expression, undefined, { timeout: timeoutMs, polling: 50 }).catch(() => {
      // a figure that never arrives stays null in the snapshot; the run goes on
    })
  await wait(done)
  await wait('window.__bench.snapshot().fcpMs !== null')
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.evaluate((t) => window.__bench.waitForResults(null, 300, t), timeoutMs)
}

const snapshot = (page: Page) => page.evaluate(() => window.__bench.snapshot())

function medianLoad(samples: LoadTimings[]): PageLoad {
  const pick = (key: keyof LoadTimings) => {
    const values = samples.map((s) => s[key]).filter((v): v is number => v !== null)
    return values.length === samples.length ? round1(median(values)) : null
  }
  return {
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    urlQueryResultsMs: pick('urlQueryResultsMs'),
    searchAnswersMs: pick('searchAnswersMs'),
    longTaskMs: pick('longTaskMs'),
    domNodes: pick('domNodes'),
    runs: samples.length,
  }
}

export async function measureLoad(env: Env, runs: number, timeoutMs: number): Promise<LoadResult> {
  // 1. Home, cold: paints, what it fetched, then client-side navigation to /quotes.
  const homeSamples: LoadTimings[] = []
  let homeFiles: FetchedFile[] = []
  let quotesAdds: FetchedFile[] = []
  for (let run = 0; run < runs; run++) {
    const { context, page, network } = await openPage(env, null)
    await page.goto(`${env.origin}/`, { waitUntil: 'load' })
    await settle(page, 'true', timeoutMs)
    homeSamples.push(await snapshot(page))
    if (run === 0) {
      homeFiles = network.all()
      network.mark()
      await page.locator('header a[href="/quotes"]').first().click()
      // Settled: the explorer's box is there, the network idle, the DOM quiet.
      await settle(page, 'document.querySelector("main input[type=search]") !== null', timeoutMs)
      quotesAdds = network.sinceMark()
    }
    await context.close()
  }

  // 2. Home, cold, search from the header the moment it exists.
  const homeSearch: LoadTimings[] = []
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openPage(env, {
      value: QUOTES_URL_QUERY,
      box: 'header',
      urlQuery: null,
    })
    await page.goto(`${env.origin}/`, { waitUntil: 'load' })
    await settle(page, 'window.__bench.load.searchAnswersMs !== null', timeoutMs)
    homeSearch.push(await snapshot(page))
    await context.close()
    if (homeSearch.at(-1)!.searchAnswersMs === null) break // timed out: no use repeating
  }

  // 3. /quotes?q=unity, cold: paints and the URL's query answered; heap on the last run.
  const quotesSamples: LoadTimings[] = []
  let heapAfterLoad: HeapUsage = { mainMB: 0, workersMB: 0, totalMB: 0, workers: 0 }
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openPage(env, {
      value: null,
      box: 'explorer',
      urlQuery: QUOTES_URL_QUERY,
    })
    await page.goto(`${env.origin}/quotes?q=${QUOTES_URL_QUERY}`, { waitUntil: 'load' })
    await settle(page, 'window.__bench.load.urlQueryResultsMs !== null', timeoutMs)
    quotesSamples.push(await snapshot(page))
    const answered = quotesSamples.at(-1)!.urlQueryResultsMs !== null
    if (run === runs - 1 || !answered) heapAfterLoad = await measureHeap(page)
    await context.close()
    if (!answered) break
  }

  // 4. /quotes?q=unity, cold, another query typed the moment the box exists. Separate
  // loads: the typed query supersedes the URL's, whose answer is then rightly never shown.
  const typedSamples: LoadTimings[] = []
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openPage(env, {
      value: TYPED_QUERY,
      box: 'explorer',
      urlQuery: null,
    })
    await page.goto(`${env.origin}/quotes?q=${QUOTES_URL_QUERY}`, { waitUntil: 'load' })
    await settle(page, 'window.__bench.load.searchAnswersMs !== null', timeoutMs)
    typedSamples.push(await snapshot(page))
    await context.close()
    if (typedSamples.at(-1)!.searchAnswersMs === null) break
  }

  const home = medianLoad(homeSamples)
  home.searchAnswersMs = medianLoad(homeSearch).searchAnswersMs
  return {
    home: {
      ...home,
      firstLoadJsGzipBytes: sumGzip(homeFiles, 'js'),
      firstLoadCssGzipBytes: sumGzip(homeFiles, 'css'),
      corpusBytesFetchedByHome: sumRaw(homeFiles, 'corpus'),
      summaryBytesFetchedByHome: sumRaw(homeFiles, 'summary'),
      files: homeFiles,
    },
    quotesAdds: {
      jsGzipBytes: sumGzip(quotesAdds, 'js'),
      corpusGzipBytes: sumGzip(quotesAdds, 'corpus'),
      corpusRawBytes: sumRaw(quotesAdds, 'corpus'),
      files: quotesAdds,
    },
    quotes: {
      ...medianLoad(quotesSamples),
      searchAnswersMs: medianLoad(typedSamples).searchAnswersMs,
    },
    heapAfterLoad,
  }
}
