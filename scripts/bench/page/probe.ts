/**
 * Runs inside the app's page (injected before any of its scripts) and times what a user
 * sees: paint entries, keystroke → painted results, scrolling frames. Nothing here knows
 * React; it watches the DOM through the hooks in ./hooks.ts.
 *
 * "Painted" means: the frame whose rendering steps include the change has run, detected by
 * a requestAnimationFrame callback followed by a posted message (the message is handled
 * after that frame's style, layout and paint).
 */
import { findScrollContainer, findSearchBox, isBusy, readResults, rowCount } from './hooks'

export interface KeystrokeTiming {
  /** Keydown → first frame painted after it (is typing blocked?). */
  inputToNextPaintMs: number
  /** Keydown → the frame that shows the results (and facet counts) for the new query. */
  keystrokeToResultsMs: number
  /**
   * Keydown → the last DOM change it caused: the page's own work (search, render, any layout
   * it forces), without the wait for the next frame and the browser's style, layout and paint.
   */
  keystrokeToDomMs: number
  count: number | null
  /** The result hook named the expected query (false = settled on DOM quiet only). */
  matchedQuery: boolean
  timedOut: boolean
}

export interface LoadTimings {
  fcpMs: number | null
  lcpMs: number | null
  /** Navigation start → the URL's query answered with painted results. */
  urlQueryResultsMs: number | null
  /** Navigation start → a query typed two frames after the box appeared, answered and painted. */
  searchAnswersMs: number | null
  searchBoxAppearedMs: number | null
  longTasks: number
  longTaskMs: number
  /** Elements in the document when the snapshot was taken. */
  domNodes: number
}

export interface ScrollTiming {
  frames: number
  frameMs: number[]
  scrolledPx: number
  rowsInDom: number
  container: string
}

export interface AutoTypeConfig {
  /** Typed into the page's search box as soon as it exists (null: type nothing). */
  value: string | null
  /** Where the box is: the explorer's (in main) or the header's, which is submitted. */
  box: 'explorer' | 'header'
  /** The query in the URL, if the page opens with one. */
  urlQuery: string | null
}

declare global {
  interface Window {
    __benchConfig?: { autoType?: AutoTypeConfig }
    __bench: ReturnType<typeof createProbe>
  }
}

const now = () => performance.now()

function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(now())
      channel.port2.postMessage(null)
    })
  })
}

/** Tracks DOM mutations and the paint that followed the latest of them. */
function createMutationClock() {
  let lastMutationAt = 0
  let lastPaintAt = 0
  let generation = 0
  const observer = new MutationObserver(() => {
    lastMutationAt = now()
    const mine = ++generation
    void afterNextPaint().then((t) => {
      if (mine === generation) lastPaintAt = t
    })
  })
  const start = () =>
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
  return {
    start,
    get lastMutationAt() {
      return lastMutationAt
    },
    get lastPaintAt() {
      return lastPaintAt
    },
    get pending() {
      return lastPaintAt < lastMutationAt
    },
  }
}

function normaliseQuery(q: string): string {
  return q.trim().replace(/\s+/g, ' ')
}

function createProbe() {
  const paintEntries: Record<string, number> = {}
  let lcpMs: number | null = null
  let longTasks = 0
  let longTaskMs = 0
  const load: LoadTimings = {
    fcpMs: null,
    lcpMs: null,
    urlQueryResultsMs: null,
    searchAnswersMs: null,
    searchBoxAppearedMs: null,
    longTasks: 0,
    longTaskMs: 0,
    domNodes: 0,
  }
  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
      })
    } catch {
      // entry type unsupported: the figure stays null
    }
  }
  observe('paint', (e) => (paintEntries[e.name] = e.startTime))
  observe('largest-contentful-paint', (e) => (lcpMs = e.startTime))
  observe('longtask', (e) => {
    longTasks++
    longTaskMs += e.duration
  })

  const clock = createMutationClock()
  if (document.documentElement) clock.start()
  else document.addEventListener('readystatechange', clock.start, { once: true })

  /**
   * Resolves once the page shows results for `expected` (when the app exposes the hook) and
   * the DOM has been quiet for `quietMs`; returns when the last change was painted.
   */
  async function waitForResults(
    expected: string | null,
    quietMs: number,
    timeoutMs: number,
    since = 0,
  ) {
    const started = now()
    const want = expected === null ? null : normaliseQuery(expected)
    for (;;) {
      await afterNextPaint()
      const t = now()
      const results = readResults()
      const hookKnowsQuery = results?.query !== undefined && results.query !== null
      // Without the query hook, the page must at least have changed since the keystroke.
      const matched = hookKnowsQuery
        ? want === null || normaliseQuery(results.query!) === want
        : clock.lastMutationAt >= since
      const quiet = !clock.pending && t - clock.lastMutationAt >= quietMs
      if (matched && quiet && !isBusy()) {
        return {
          paintedAt: Math.max(clock.lastPaintAt, 0),
          mutatedAt: clock.lastMutationAt,
          count: results?.count ?? null,
          matchedQuery: hookKnowsQuery && want !== null,
          timedOut: false,
        }
      }
      if (t - started > timeoutMs) {
        return {
          paintedAt: t,
          mutatedAt: clock.lastMutationAt,
          count: results?.count ?? null,
          matchedQuery: false,
          timedOut: true,
        }
      }
    }
  }

  let armed: { keydownAt: number; nextPaint: Promise<number> } | null = null
  const onKey = (event: Event) => {
    if (armed?.keydownAt === -1) {
      armed.keydownAt = event.timeStamp
      armed.nextPaint = afterNextPaint()
    }
  }
  window.addEventListener('keydown', onKey, true)
  // A letter that is not on the US layout (Cyrillic) is typed by CDP as inserted text, with
  // no keydown: its beforeinput is the first event the page sees of it.
  window.addEventListener('beforeinput', onKey, true)

  const probe = {
    load,
    /** Call before pressing the key whose effect is to be timed. */
    arm() {
      armed = { keydownAt: -1, nextPaint: Promise.resolve(0) }
    },
    async keystroke(
      expected: string,
      quietMs: number,
      timeoutMs: number,
    ): Promise<KeystrokeTiming> {
      if (!armed || armed.keydownAt < 0) throw new Error('no keydown seen since arm()')
      const { keydownAt, nextPaint } = armed
      armed = null
      const nextPaintAt = await nextPaint
      const settled = await waitForResults(expected, quietMs, timeoutMs, keydownAt)
      return {
        inputToNextPaintMs: nextPaintAt - keydownAt,
        keystrokeToResultsMs: Math.max(settled.paintedAt, nextPaintAt) - keydownAt,
        keystrokeToDomMs: settled.mutatedAt - keydownAt,
        count: settled.count,
        matchedQuery: settled.matchedQuery,
        timedOut: settled.timedOut,
      }
    },
    waitForResults,
    snapshot(): LoadTimings {
      load.fcpMs = paintEntries['first-contentful-paint'] ?? null
      load.lcpMs = lcpMs
      load.longTasks = longTasks
      load.longTaskMs = Math.round(longTaskMs)
      load.domNodes = document.getElementsByTagName('*').length
      return { ...load }
    },
    resultCount: () => readResults()?.count ?? null,
    rowCount,
    async scroll(frames: number, pxPerFrame: number): Promise<ScrollTiming> {
      const { element, label } = findScrollContainer()
      const frameMs: number[] = []
      const startTop = element.scrollTop
      let previous = await new Promise<number>((r) => requestAnimationFrame(r))
      for (let i = 0; i < frames; i++) {
        element.scrollTop += pxPerFrame
        const t = await new Promise<number>((r) => requestAnimationFrame(r))
        frameMs.push(t - previous)
        previous = t
      }
      return {
        frames,
        frameMs,
        scrolledPx: element.scrollTop - startTop,
        rowsInDom: rowCount(),
        container: label,
      }
    },
  }

  /** Cold-load flow: type into the box as soon as it exists (two frames later), then wait. */
  const auto = window.__benchConfig?.autoType
  if (auto) {
    void (async () => {
      const box = await new Promise<HTMLInputElement>((resolve) => {
        const tick = () => {
          const found = findSearchBox(auto.box)
          if (found) resolve(found)
          else requestAnimationFrame(tick)
        }
        tick()
      })
      load.searchBoxAppearedMs = now()
      if (auto.urlQuery !== null) {
        void waitForResults(auto.urlQuery, 50, 60_000).then((r) => {
          if (!r.timedOut) load.urlQueryResultsMs = r.paintedAt
        })
      }
      if (auto.value === null) return
      // A person cannot type within the frame the box appears in; the app's effects (which
      // sync the box with the URL) run after that frame, and typing before them is undone.
      await afterNextPaint()
      await afterNextPaint()
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      const typedAt = now()
      setValue.call(box, auto.value)
      box.dispatchEvent(new Event('input', { bubbles: true }))
      if (auto.box === 'header') box.form?.requestSubmit()
      const r = await waitForResults(auto.value, 50, 60_000, typedAt)
      if (!r.timedOut) load.searchAnswersMs = r.paintedAt
    })()
  }
  return probe
}

window.__bench = createProbe()
