import { loadCorpus } from '@/features/corpus/load-corpus'

/**
 * Starts both downloads the explorer needs, the corpus and the search index file the builder
 * wrote, before the view's own code has loaded, so they arrive together. Failures are left to
 * the view: it shows a corpus failure itself, and the search client falls back on a missing
 * index file.
 */
export function preloadExplorer(): void {
  void loadCorpus().catch(() => {})
  void import('./load-search-index').then(({ loadSearchIndexFile }) =>
    loadSearchIndexFile().catch(() => {}),
  )
}
