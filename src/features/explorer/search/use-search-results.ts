import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import type { CorpusModel } from '@/domain/corpus/model'
import type { SearchRequest } from '@/domain/search/search-engine'
import { requestKey, searchClientFor, type SearchAnswer } from './search-client'

export interface SearchState {
  /** The latest answer, possibly for an older request while a newer one runs. */
  readonly answer: SearchAnswer | null
  /** The request `answer` belongs to. */
  readonly answered: SearchRequest | null
  /** True while the answer on screen is not yet the one for `request`. */
  readonly pending: boolean
}

/**
 * Searches as the request changes. The previous answer stays on screen until the new one
 * arrives (no flash of emptiness between keystrokes); answers to superseded requests are
 * dropped by the client.
 */
export function useSearchResults(model: CorpusModel, request: SearchRequest): SearchState {
  const key = requestKey(request)
  const [state, setState] = useState<{
    key: string
    answer: SearchAnswer
    request: SearchRequest
  } | null>(null)

  useEffect(() => {
    let current = true
    const client = searchClientFor(model)
    const asked = JSON.parse(key) as unknown[]
    const req: SearchRequest = {
      q: asked[0] as string,
      session: asked[1] as string[],
      topic: asked[2] as string[],
      kind: asked[3] as SearchRequest['kind'],
      speaker: asked[4] as string[],
      source: asked[5] as string[],
      sort: asked[6] as SearchRequest['sort'],
    }
    void client.search(req).then((answer) => {
      // Render the answer in this task rather than a scheduled one: the results and their
      // facet counts reach the screen one scheduler hop sooner.
      if (current && answer) flushSync(() => setState({ key, answer, request: req }))
    })
    return () => {
      current = false
    }
  }, [model, key])

  return {
    answer: state?.answer ?? null,
    answered: state?.request ?? null,
    pending: state?.key !== key,
  }
}
