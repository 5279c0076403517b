import { useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'

/** About ten seconds of frames: a navigation slower than that keeps the browser's focus. */
const MAX_FRAMES = 600

/**
 * After a client-side navigation to another path, move focus to the new page's heading
 * so keyboard and screen-reader users start at the top of the new view. Search-only
 * changes (typing in a filter) keep focus where it is.
 *
 * The old page stays on screen while the new one's data and code load, and the router's
 * events (even "idle") come before a lazily loaded page has mounted, so this waits, frame by
 * frame, for the heading of the page at the new path.
 */
export function useFocusOnNavigate() {
  const router = useRouter()
  useEffect(
    () =>
      router.subscribe('onBeforeNavigate', (event) => {
        if (!event.fromLocation || !event.pathChanged) return
        const target = event.toLocation.pathname
        let frames = 0
        let settledFrames = 0
        const tick = () => {
          if (router.state.location.pathname !== target) return // the user went elsewhere
          const heading = document.querySelector<HTMLElement>('[data-page-heading]')
          const settled =
            router.state.status === 'idle' && router.state.resolvedLocation?.pathname === target
          if (settled) settledFrames++
          // Each heading names the path of the page it belongs to (see PageHeading); a page
          // outside any route (not found) is taken once the router has settled for a while.
          const ours = heading?.dataset.pageHeading === target
          if (heading && (ours || settledFrames > 30)) {
            heading.focus()
            return
          }
          if (++frames < MAX_FRAMES) requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    [router],
  )
}
