import type { SearchRequest } from '@/domain/search/search-engine'

/** A search request: nothing selected, by relevance, unless `over` says otherwise. */
export function searchRequest(over: Partial<SearchRequest> = {}): SearchRequest {
  return {
    q: '',
    session: [],
    topic: [],
    kind: [],
    speaker: [],
    source: [],
    lang: [],
    origin: [],
    sort: 'relevance',
    ...over,
  }
}
