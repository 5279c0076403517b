import type { AnyRouter } from '@tanstack/react-router'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { loadCorpusSummary } from '@/features/corpus/load-corpus-summary'

/**
 * Loads everything the first view reads, so its first render is complete: the route's code
 * and loader data, the corpus summary (the footer), and — when `withCorpus` — the corpus
 * itself for views that read it while rendering (those with bookmark controls: their toggles
 * and the explorer use `useCorpus`). A complete first render replaces prerendered markup with
 * identical markup, and never paints a shell whose content arrives later and shifts it.
 * A failed load does not stop the render: the view shows its own message for it.
 */
export async function loadFirstView(router: AnyRouter, { withCorpus }: { withCorpus: boolean }) {
  await router.load()
  const readsCorpus =
    withCorpus && router.state.matches.some((match) => match.staticData.bookmarkControls)
  const settled = (promise: Promise<unknown>) => promise.catch(() => undefined)
  await Promise.all([settled(loadCorpusSummary()), readsCorpus ? settled(loadCorpus()) : null])
}
