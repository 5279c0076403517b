import { useEffect } from 'react'

/** The tab title of a view: "<view> · Assembly Explorer". */
export function documentTitle(view: string | null | undefined): string {
  return view ? `${view} · Assembly Explorer` : 'Assembly Explorer'
}

/**
 * Where there is no document (build-time prerendering, which runs no effects), the title of
 * the view rendered last, for the prerenderer to write into the page's <title>.
 */
let serverRenderedTitle: string | null = null

function noteServerRenderedTitle(title: string) {
  serverRenderedTitle = title
}

/** The title noted since the last call (see serverRenderedTitle), and forget it. */
export function takeServerRenderedTitle(): string | null {
  const title = serverRenderedTitle
  serverRenderedTitle = null
  return title
}

/** Names the view in the browser tab: "<view> · Assembly Explorer". */
export function useDocumentTitle(view: string | null | undefined) {
  if (typeof document === 'undefined') noteServerRenderedTitle(documentTitle(view))
  useEffect(() => {
    document.title = documentTitle(view)
  }, [view])
}
