/**
 * Long work on a collection, written as a generator that yields now and then (every `STEP`
 * items): run to the end at once (`runSteps`), in a worker or a test; or, on the page, a
 * slice at a time with the browser free in between (features/bookmarks/run-sliced.ts), so
 * that 10,000 bookmarks never hold the page for more than a few milliseconds at a time.
 */
export type Steps<T> = Generator<void, T, void>

/** Items handled between two yields: small enough for a few milliseconds on a slow machine. */
export const STEP = 250

/** Runs steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}
