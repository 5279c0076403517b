import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Where a window-virtualised list starts on the page (its scroll margin), for
 * `useWindowVirtualizer`: measured on mount, then whenever the page's size changes (a notice,
 * a count, an opened panel above the list). A ResizeObserver reports after layout, so no
 * update is made to force a synchronous layout.
 */
export function useScrollMargin(ref: RefObject<HTMLElement | null>): number {
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const list = ref.current
    if (!list) return
    const measure = () => {
      const top = list.getBoundingClientRect().top + window.scrollY
      setScrollMargin((current) => (Math.abs(top - current) > 1 ? top : current))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [ref])
  return scrollMargin
}
