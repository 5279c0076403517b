/**
 * Addresses that stored or imported data may turn into links or navigations.
 *
 * A saved view holds a path and query string of this app, relative to its base path
 * ("/quotes?topic=language-policy"). Whatever a file or another program wrote there, it may
 * only ever lead to a page of this app: it is parsed, resolved against an origin and base
 * path, and refused when it leaves them. That refuses `//evil.example/x` (another host),
 * `/\evil.example/x` (browsers read `\` as `/`), `javascript:…` and `https://…` (not a path),
 * `/../x` (out of the base path), control characters (which URL parsers drop, turning
 * `/\t/evil` into `//evil`), and the percent-encoded forms of all of these.
 *
 * The check does not depend on where the app is deployed: a path that stays inside a
 * stand-in origin and base path stays inside any.
 */

export type AppPathCheck = { ok: true; path: string } | { ok: false; reason: string }

export const MAX_APP_PATH_LENGTH = 4000

const STAND_IN_ORIGIN = 'https://app.invalid'
const STAND_IN_BASE = '/base/'

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text)

/** Decodes percent-escapes repeatedly (double encoding included); null if malformed. */
function fullyDecoded(text: string): string | null {
  let current = text
  for (let i = 0; i < 5; i++) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      return null
    }
    if (next === current) return current
    current = next
  }
  return current
}

/**
 * Checks an in-app address (path + query + hash, relative to the app's base path). Returns
 * the normalised path to use, or why it is refused.
 */
export function checkAppPath(raw: string): AppPathCheck {
  const refuse = (why: string): AppPathCheck => ({
    ok: false,
    reason: `“${short(raw)}” ${why}`,
  })
  if (raw.length > MAX_APP_PATH_LENGTH)
    return refuse(`is longer than ${MAX_APP_PATH_LENGTH} characters`)
  if (!raw.startsWith('/')) return refuse('is not a page of this app (it must start with “/”)')
  const decoded = fullyDecoded(raw)
  if (decoded === null) return refuse('is not a well-formed address')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return refuse('contains control characters')
  const pathPart = decoded.split(/[?#]/)[0] ?? ''
  if (pathPart.includes('\\') || raw.includes('\\'))
    return refuse('leads to another site (it contains “\\”)')
  if (pathPart.startsWith('//')) return refuse('leads to another site')
  let url: URL
  try {
    // Relative to the base path ("quotes?…" under "/base/"), so "/.." cannot climb out.
    url = new URL(raw.slice(1), `${STAND_IN_ORIGIN}${STAND_IN_BASE}`)
  } catch {
    return refuse('is not a well-formed address')
  }
  if (url.origin !== STAND_IN_ORIGIN) return refuse('leads to another site')
  if (!url.pathname.startsWith(STAND_IN_BASE)) return refuse('leads outside this app')
  return {
    ok: true,
    path: `/${url.pathname.slice(STAND_IN_BASE.length)}${url.search}${url.hash}`,
  }
}

/** True when `raw` is an in-app address (see checkAppPath). */
export function isAppPath(raw: string): boolean {
  return checkAppPath(raw).ok
}

/** The href for an in-app path under the app's base path ("/explorer/" + "/quotes?…"). */
export function appHref(basePath: string, path: string): string {
  return `${basePath.replace(/\/+$/, '')}${path}`
}

/** True for an absolute http(s) address, the only kind of outside link data may carry. */
export function isWebUrl(raw: string): boolean {
  if (/\s/.test(raw)) return false
  try {
    const url = new URL(raw)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}
