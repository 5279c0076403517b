import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { CorpusModel } from '@/domain/corpus/model'
import type { SearchRequest } from '@/domain/search/search-engine'
import { afterNextPaint } from './after-next-paint'
import { requestKey, searchClientFor, type SearchAnswer } from './search-client'

export interface SearchState {
  /** The latest answer, possibly for an older request while a newer one runs. */
  readonly answer: SearchAnswer | null
  /** The request `answer` belongs to. */
  readonly answered: SearchRequest | null
  /** True while the answer on screen is not yet the one for `request`. */
  readonly pending: boolean
  /**
   * Asks for `request` once the keystroke's echo is painted, outside React, and calls `show`
   * with its answer inside the same synchronous render that puts the answer on screen (so
   * `show` can update other state in that render). Nothing happens if a newer request
   * superseded it.
   */
  readonly searchNow: (request: SearchRequest, show: () => void) => void
}

interface Shown {
  key: string
  answer: SearchAnswer
  request: SearchRequest
}

/**
 * Searches as the request changes. The previous answer stays on screen until the new one
 * arrives (no flash of emptiness between keystrokes), and an answer that is no longer the
 * latest is never shown.
 *
 * A keystroke is echoed first: its search starts only once the frame that shows the typed
 * character has been painted, so typing never waits for results (a keystroke that changes
 * every visible row and facet count costs the main thread 20–30 ms at 100,000 statements).
 * A keystroke superseded before that frame is not searched at all. Its answer is then
 * rendered in one piece (flushSync), not sliced as a transition, which would spread it over
 * several frames; other answers (the page's first results, a filter, back/forward) are
 * rendered as transitions (see `ask`).
 */
export function useSearchResults(model: CorpusModel, request: SearchRequest): SearchState {
  const key = requestKey(request)
  const [shown, setShown] = useState<Shown | null>(null)
  /** Counts keystroke searches: only the latest one may search and show its answer. */
  const keystrokes = useRef(0)

  /**
   * Asks for `asked` and renders its answer (if still current): a keystroke's answer in one
   * piece, after the frame that echoes the key, any other (the page's first results, a filter, back/forward) as a
   * transition, which React renders in slices between which the browser can paint and
   * respond. The first results of a page are the largest render it makes; in one piece they
   * were a long task of about 150 ms on a phone-speed CPU.
   */
  const ask = useCallback(
    (asked: SearchRequest, show: () => void, current: () => boolean, urgent: boolean) => {
      const askedKey = requestKey(asked)
      const search = () => {
        if (!current()) return
        void searchClientFor(model)
          .search(asked)
          .then((answer) => {
            if (!answer || !current()) return
            const render = () => {
              show()
              setShown({ key: askedKey, answer, request: asked })
            }
            if (urgent) flushSync(render)
            else startTransition(render)
          })
      }
      if (urgent) afterNextPaint(search)
      else search()
    },
    [model],
  )

  useEffect(() => {
    if (shown?.key === key) return // already on screen (searchNow got there first)
    // This request carries the box's latest text; a keystroke still waiting for its frame
    // was asked with the filters as they were, and must not overwrite it.
    keystrokes.current++
    let current = true
    ask(
      parse(key),
      () => {},
      () => current,
      false,
    )
    return () => {
      current = false
    }
    // `shown` is read, not followed: a new answer must not start a search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ask, key])

  return {
    answer: shown?.answer ?? null,
    answered: shown?.request ?? null,
    pending: shown?.key !== key,
    searchNow: (asked, show) => {
      const keystroke = ++keystrokes.current
      ask(asked, show, () => keystroke === keystrokes.current, true)
    },
  }
}

function parse(key: string): SearchRequest {
  const asked = JSON.parse(key) as unknown[]
  return {
    q: asked[0] as string,
    session: asked[1] as string[],
    topic: asked[2] as string[],
    kind: asked[3] as SearchRequest['kind'],
    speaker: asked[4] as string[],
    source: asked[5] as string[],
    sort: asked[6] as SearchRequest['sort'],
    lang: asked[7] as string[],
    origin: asked[8] as SearchRequest['origin'],
  }
}
