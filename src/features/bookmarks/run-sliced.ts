import type { Steps } from '@/domain/bookmarks/steps'

/** The longest the page is held by one slice of work, in milliseconds (a frame at 60 Hz is 16). */
export const SLICE_MS = 8

/** Lets the browser handle input, paint and other tasks before the next slice. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Runs steps (domain/bookmarks/steps.ts) in slices of at most about `SLICE_MS`, yielding to
 * the browser in between, so that long work on a large collection never blocks the page.
 */
export async function runSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now()
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToBrowser()
      sliceStart = performance.now()
    }
  }
}
