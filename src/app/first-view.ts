import type { AnyRouter } from '@tanstack/react-router'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { loadCorpusSummary } from '@/features/corpus/load-corpus-summary'

/**
 * Awaits a promise, then marks it the way React's `use` records a settled promise, so a
 * render that reads it with `use` gets the value at once instead of suspending for a tick
 * (which would put a loading fallback on screen for a frame).
 */
async function settle(promise: Promise<unknown>): Promise<void> {
  try {
    const value = await promise
    Object.assign(promise, { status: 'fulfilled', value })
  } catch (reason) {
    Object.assign(promise, { status: 'rejected', reason })
  }
}

/**
 * Loads everything the first view reads, so its first render is complete: the route's code
 * and loader data, the corpus summary (the footer), and — when `withCorpus` — the corpus
 * itself for views that read it while rendering (those with bookmark controls: their toggles
 * and the explorer use `useCorpus`). A complete first render replaces prerendered markup with
 * identical markup, and never paints a shell whose content arrives later and shifts it.
 */
export async function loadFirstView(router: AnyRouter, { withCorpus }: { withCorpus: boolean }) {
  await router.load()
  const readsCorpus =
    withCorpus && router.state.matches.some((match) => match.staticData.bookmarkControls)
  await Promise.all([settle(loadCorpusSummary()), readsCorpus ? settle(loadCorpus()) : null])
}
