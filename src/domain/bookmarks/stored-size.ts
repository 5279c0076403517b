/**
 * What the collection takes in the browser's storage, worked out before it is written.
 *
 * localStorage keeps at most 5 MiB of text per site in Chromium, Firefox and Safari, counted
 * in UTF-16 code units over every key and value (measured in Chromium: a value of 5,242,675
 * characters is kept, one of 5,243,675 is refused, whatever the script). A change that would
 * take the collection past that is refused before anything changes, rather than kept in
 * memory and lost on the next visit.
 */
import type { PersistedState } from './persisted-state'
import { STEP, type Steps } from './steps'

export const STORAGE_QUOTA_CHARS = 5 * 1024 * 1024

/**
 * The stored text of `{ state, version }` (what zustand's persist writes), built a few
 * hundred bookmarks at a time: the same text as `JSON.stringify({ state, version })`.
 */
export function* serializeEnvelopeSteps(state: PersistedState, version: number): Steps<string> {
  const parts: string[] = ['{"state":{']
  let firstField = true
  for (const [field, value] of Object.entries(state)) {
    if (value === undefined) continue
    parts.push(`${firstField ? '' : ','}${JSON.stringify(field)}:`)
    firstField = false
    if (field !== 'bookmarks' && field !== 'removed') {
      parts.push(JSON.stringify(value))
      continue
    }
    parts.push('{')
    let n = 0
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      if (entry === undefined) continue
      parts.push(`${n > 0 ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(entry)}`)
      if (++n % STEP === 0) yield
    }
    parts.push('}')
  }
  parts.push(`},"version":${JSON.stringify(version)}}`)
  return parts.join('')
}

export interface StorageFit {
  fits: boolean
  /** Characters the collection would take, its key included. */
  needed: number
  /** Characters other data of this site takes now. */
  usedByOthers: number
  quota: number
}

export function storageFit(
  needed: number,
  usedByOthers: number,
  quota = STORAGE_QUOTA_CHARS,
): StorageFit {
  return { fits: needed + usedByOthers <= quota, needed, usedByOthers, quota }
}
