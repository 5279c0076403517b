/**
 * What a page fetched, with each file's size raw and gzip-compressed as built (the same
 * gzip measure as scripts/check-budget.ts), so figures do not depend on the server.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { BrowserContext, Request } from '@playwright/test'

export interface FetchedFile {
  path: string
  /**
   * `summary`: the small corpus summary the home page reads; `corpus`: the statements and
   * their search index file.
   */
  kind: 'js' | 'css' | 'corpus' | 'summary' | 'html' | 'other'
  rawBytes: number
  gzipBytes: number
}

const sizeCache = new Map<string, { raw: number; gzip: number }>()

export function fileSizes(file: string): { raw: number; gzip: number } {
  let sizes = sizeCache.get(file)
  if (!sizes) {
    const bytes = readFileSync(file)
    // A file gzipped already (the search index) travels as it is; its raw size is unzipped.
    sizes =
      bytes[0] === 0x1f && bytes[1] === 0x8b
        ? { raw: gunzipSync(bytes).length, gzip: bytes.length }
        : { raw: bytes.length, gzip: gzipSync(bytes).length }
    sizeCache.set(file, sizes)
  }
  return sizes
}

function kindOf(path: string): FetchedFile['kind'] {
  if (/\.m?js$/.test(path)) return 'js'
  if (path.endsWith('.css')) return 'css'
  if (/corpus-summary[^/]*\.json$/.test(path)) return 'summary'
  if (path.endsWith('.json') || /corpus-index[^/]*\.bin$/.test(path)) return 'corpus'
  if (path.endsWith('.html') || !path.includes('.')) return 'html'
  return 'other'
}

export interface NetworkLog {
  /** What was fetched from the app's origin since the last `mark()` and not before it. */
  sinceMark(): FetchedFile[]
  mark(): void
  all(): FetchedFile[]
}

/**
 * Records same-origin fetches of the context's pages and their workers, sized from `dist`.
 * Not the service worker's own: it precaches the whole app in the background once the page
 * has loaded (src/app/service-worker.ts), which is no part of loading the page.
 */
export function recordNetwork(context: BrowserContext, origin: string, dist: string): NetworkLog {
  const files: FetchedFile[] = []
  let markAt = 0
  const onRequest = (request: Request) => {
    const url = new URL(request.url())
    if (url.origin !== origin || url.pathname.startsWith('/__bench/')) return
    if (request.serviceWorker()) return
    const onDisk = join(dist, url.pathname)
    const sizes =
      existsSync(onDisk) && statSync(onDisk).isFile()
        ? fileSizes(onDisk)
        : fileSizes(join(dist, 'index.html'))
    files.push({
      path: url.pathname,
      kind: kindOf(url.pathname),
      rawBytes: sizes.raw,
      gzipBytes: sizes.gzip,
    })
  }
  context.on('request', onRequest)
  return {
    mark: () => {
      markAt = files.length
    },
    // A file fetched again after the mark (e.g. by a worker) came from the cache: not added.
    sinceMark: () => {
      const before = new Set(files.slice(0, markAt).map((f) => f.path))
      return dedupe(files.slice(markAt)).filter((f) => !before.has(f.path))
    },
    all: () => dedupe(files),
  }
}

function dedupe(files: FetchedFile[]): FetchedFile[] {
  const seen = new Map<string, FetchedFile>()
  for (const file of files) if (!seen.has(file.path)) seen.set(file.path, file)
  return [...seen.values()]
}

export const sumGzip = (files: FetchedFile[], kind: FetchedFile['kind']) =>
  files.filter((f) => f.kind === kind).reduce((total, f) => total + f.gzipBytes, 0)
export const sumRaw = (files: FetchedFile[], kind: FetchedFile['kind']) =>
  files.filter((f) => f.kind === kind).reduce((total, f) => total + f.rawBytes, 0)
