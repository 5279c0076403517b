import { useEffect } from 'react'

/** Names the view in the browser tab: "<view> · Assembly Explorer". */
export function useDocumentTitle(view: string | null | undefined) {
  useEffect(() => {
    document.title = view ? `${view} · Assembly Explorer` : 'Assembly Explorer'
  }, [view])
}
