import * as v from 'valibot'
import { describeIssues } from '@/domain/schema-issues'

/**
 * One shared load per asset, for every view that reads it. A settled promise carries the
 * `status` and `value` (or `reason`) fields React's `use` looks for, so a render after the load
 * reads the value at once instead of suspending for a tick (which would paint a loading state
 * for one frame, and replace prerendered markup with it). A failed load is forgotten, so a
 * later navigation tries again.
 */
export function cachedLoad<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null
  return () => {
    if (pending) return pending
    const promise: Promise<T> = load().then(
      (value) => {
        Object.assign(promise, { status: 'fulfilled', value })
        return value
      },
      (reason: unknown) => {
        Object.assign(promise, { status: 'rejected', reason })
        pending = null
        throw reason
      },
    )
    pending = promise
    return promise
  }
}

/** Fetches a JSON asset and checks it against `schema`, saying plainly what went wrong. */
export async function fetchValidated<TSchema extends v.GenericSchema>(
  url: string,
  schema: TSchema,
  what: string,
): Promise<v.InferOutput<TSchema>> {
  return validated(schema, await fetchJson(url, what), what)
}

/**
 * Fetches a JSON asset. A large one is better downloaded by a worker (`inWorker`), which
 * leaves the page only the parsing.
 */
export async function fetchJson(
  url: string,
  what: string,
  { inWorker = false }: { inWorker?: boolean } = {},
): Promise<unknown> {
  if (inWorker) {
    // Imported when needed: the home page reads only small assets, and its code stays small.
    const { fetchBytes } = await import('./fetch-bytes')
    return JSON.parse(new TextDecoder().decode(await fetchBytes(url, what)))
  }
  const response = await fetch(url)
  if (!response.ok) throw loadFailure(what, `HTTP ${response.status}`)
  return response.json()
}

/** The error for an asset that could not be downloaded: `why` is an HTTP status or the network's word. */
export function loadFailure(what: string, why: string): Error {
  return new Error(`The ${what} could not be loaded (${why}).`)
}

/** `json` checked against `schema`, or an error that says where it is malformed. */
export function validated<TSchema extends v.GenericSchema>(
  schema: TSchema,
  json: unknown,
  what: string,
): v.InferOutput<TSchema> {
  const parsed = v.safeParse(schema, json)
  if (!parsed.success) throw new Error(`The ${what} is malformed: ${describeIssues(parsed.issues)}`)
  return parsed.output
}
