import { useRouterState } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'

/**
 * After a client-side navigation to another path, move focus to the new page's heading
 * so keyboard and screen-reader users start at the top of the new view. Search-only
 * changes (typing in a filter) keep focus where it is.
 */
export function useFocusOnNavigate() {
  const pathname = useRouterState({ select: (s) => s.location.pathname })
  const status = useRouterState({ select: (s) => s.status })
  const first = useRef(true)
  const last = useRef(pathname)
  useEffect(() => {
    if (status !== 'idle') return
    if (first.current) {
      first.current = false
      return
    }
    if (last.current === pathname) return
    last.current = pathname
    const heading = document.querySelector<HTMLElement>('[data-page-heading]')
    heading?.focus({ preventScroll: false })
  }, [pathname, status])
}
