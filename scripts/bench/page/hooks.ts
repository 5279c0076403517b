/**
 * The only place that knows the app's DOM. Stable hooks first (data attributes the explorer
 * renders for tools like this one), generic structure as a fallback.
 *
 * - `[data-result-count]`: the number of matching statements; `data-result-query` on the
 *   same element: the query those results are for.
 * - `[aria-busy="true"]` anywhere in main: results are still being computed.
 * - `[aria-setsize]` on a row: the result count, when `[data-result-count]` is missing.
 * - `[data-result-index]` (or `[data-result-row]`): one rendered row of the result list.
 */

export interface ResultsHook {
  count: number | null
  query: string | null
}

export function readResults(): ResultsHook | null {
  const element = document.querySelector<HTMLElement>('[data-result-count]')
  if (!element) {
    // Fallback: a list row's aria-setsize is the number of results (not which query).
    const row = document.querySelector('main [aria-setsize]')
    const size = Number(row?.getAttribute('aria-setsize'))
    return row && Number.isFinite(size) ? { count: size, query: null } : null
  }
  const count = Number(element.dataset.resultCount)
  return {
    count: Number.isFinite(count) ? count : null,
    query: element.dataset.resultQuery ?? null,
  }
}

export function isBusy(): boolean {
  return document.querySelector('main [aria-busy="true"]') !== null
}

/**
 * The search box, once a person could use it: a prerendered page's box is on screen before
 * the app is live, but inert until then.
 */
export function findSearchBox(where: 'explorer' | 'header'): HTMLInputElement | null {
  const box =
    where === 'header'
      ? document.querySelector<HTMLInputElement>('header form[role="search"] input')
      : document.querySelector<HTMLInputElement>(
          'main input[type="search"], main [role="searchbox"], main input[data-search-input]',
        )
  return box && !box.closest('[inert]') ? box : null
}

export function rowCount(): number {
  const rows = document.querySelectorAll('[data-result-index], [data-result-row]')
  return rows.length > 0 ? rows.length : document.querySelectorAll('main li, main article').length
}

/** The element a user scrolls to move through the result list. */
export function findScrollContainer(): { element: Element; label: string } {
  const page = document.scrollingElement ?? document.documentElement
  let best: Element | null = null
  let bestRange = 0
  for (const element of document.querySelectorAll('main *')) {
    const style = getComputedStyle(element)
    if (!/(auto|scroll)/.test(style.overflowY)) continue
    const range = element.scrollHeight - element.clientHeight
    if (range > bestRange) {
      best = element
      bestRange = range
    }
  }
  if (best && bestRange > page.scrollHeight - page.clientHeight) {
    return { element: best, label: describe(best) }
  }
  return { element: page, label: 'document' }
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : ''
  const hook = [...element.attributes].find((a) => a.name.startsWith('data-'))
  return `${element.tagName.toLowerCase()}${id}${hook ? `[${hook.name}]` : ''}`
}
