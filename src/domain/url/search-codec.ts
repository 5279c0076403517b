/**
 * Readable query strings for the router: `?q=kazakh+language&session=31,32&sort=date-desc`.
 *
 * TanStack Router's default codec JSON-encodes values (`?session=%5B%2231%22%5D`), which is
 * neither readable nor stable enough for URLs that people paste into articles. Here every
 * value is a plain string; the keys in LIST_PARAMS are comma-separated lists.
 */

/** Params whose value is a comma-separated list. */
export const LIST_PARAMS: ReadonlySet<string> = new Set([
  'session',
  'topic',
  'kind',
  'speaker',
  'source',
  'lang',
  'origin',
  'ids',
  'terms',
])

/** Anything longer is cut (and reported, see searchStringProblems): a URL is not a place for megabytes of junk. */
export const MAX_VALUE_LENGTH = 2000

export type RawSearch = Record<string, string | string[]>

const paramsOf = (searchStr: string) =>
  new URLSearchParams(searchStr.startsWith('?') ? searchStr.slice(1) : searchStr)

/** A param given more than once uses its first value; the others are reported. */
export function parseSearch(searchStr: string): RawSearch {
  const out: RawSearch = {}
  for (const [key, rawValue] of paramsOf(searchStr)) {
    if (Object.hasOwn(out, key)) continue
    const value = rawValue.slice(0, MAX_VALUE_LENGTH)
    out[key] = LIST_PARAMS.has(key) ? splitList(value) : value
  }
  return out
}

/** What `parseSearch` had to leave out of a query string, so that a page can say so. */
export type SearchStringProblem =
  | { kind: 'repeated'; param: string; used: string; ignored: string[] }
  | { kind: 'too-long'; param: string; length: number }

export function searchStringProblems(searchStr: string): SearchStringProblem[] {
  const seen = new Map<string, { used: string; ignored: string[] }>()
  const problems: SearchStringProblem[] = []
  for (const [key, value] of paramsOf(searchStr)) {
    const first = seen.get(key)
    if (first) first.ignored.push(value)
    else {
      seen.set(key, { used: value, ignored: [] })
      if (value.length > MAX_VALUE_LENGTH)
        problems.push({ kind: 'too-long', param: key, length: value.length })
    }
  }
  for (const [param, { used, ignored }] of seen)
    if (ignored.length > 0) problems.push({ kind: 'repeated', param, used, ignored })
  return problems
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.map(String).join(','))
    } else if (typeof value === 'object') {
      continue // never serialise structures into a URL
    } else {
      params.set(key, String(value))
    }
  }
  // URLSearchParams writes spaces as "+" and keeps "," escaped; commas read better bare.
  const str = params.toString().replace(/%2C/g, ',')
  return str ? `?${str}` : ''
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
}
