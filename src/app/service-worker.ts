/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest into <outDir>/sw.js; see the
 * `offline` plugin in vite.config.ts and docs/offline.md).
 *
 * - Precaches the build's code, styles, corpus files, icons and the bare shell (404.html),
 *   listed by Workbox at build time with their revisions.
 * - Pages (navigations) come from the network while there is one, and each one this version
 *   can run is kept; offline, the kept page answers, else the shell, which opens any address.
 * - One version at a time: a page written by another build (a newer deploy, fetched while
 *   this worker is in charge) is not mixed with this worker's code; the shell of this version
 *   answers instead, until the visitor accepts the update the page announces. The new worker
 *   waits for that ("prompt"): it takes over only on the page's SKIP_WAITING message.
 */
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'

declare let self: ServiceWorkerGlobalScope

const manifest = self.__WB_MANIFEST
const SHELL = '404.html'

precacheAndRoute(manifest)
cleanupOutdatedCaches()

/** This build, named by its precache list (which changes whenever any file does). */
function versionOf(entries: typeof manifest): string {
  const text = JSON.stringify(entries)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

const PAGES_PREFIX = `pages:${self.registration.scope}:`
const PAGES = `${PAGES_PREFIX}${versionOf(manifest)}`

let entryScript: Promise<string | null> | undefined
/** The module script this version's pages start (named in its shell). */
function ownEntryScript(): Promise<string | null> {
  entryScript ??= matchPrecache(SHELL)
    .then((response) => response?.text() ?? '')
    .then((html) => /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(html)?.[1] ?? null)
  return entryScript
}

/** Whether a page was written by this build (it starts this build's entry script). */
async function isOwnPage(response: Response): Promise<boolean> {
  const entry = await ownEntryScript()
  return entry !== null && (await response.clone().text()).includes(entry)
}

async function shell(): Promise<Response> {
  return (await matchPrecache(SHELL)) ?? Response.error()
}

const isHtml = (response: Response) =>
  (response.headers.get('content-type') ?? '').includes('text/html')

/** Keeps a page of this version for offline use. */
async function keep(request: Request | string, response: Response): Promise<void> {
  if (response.ok && isHtml(response) && (await isOwnPage(response)))
    await (await caches.open(PAGES)).put(request, response.clone())
}

async function page({ request }: { request: Request }): Promise<Response> {
  let response: Response
  try {
    response = await fetch(request)
  } catch {
    // Offline: the page as last seen with this version, else the shell.
    return (await (await caches.open(PAGES)).match(request)) ?? shell()
  }
  if (!isHtml(response)) return response
  if (!(await isOwnPage(response))) return shell()
  await keep(request, response)
  return response
}

registerRoute(new NavigationRoute(page))

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

// The first visit's pages come under this worker at once, so they work offline as they are.
clientsClaim()

/** The pages open when this worker starts were loaded before it: they are kept too. */
async function keepOpenPages(): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window' })
  await Promise.all(
    windows.map(({ url }) =>
      fetch(url).then(
        (response) => keep(url, response),
        () => undefined,
      ),
    ),
  )
}

async function dropOtherVersionsPages(): Promise<void> {
  const names = await caches.keys()
  await Promise.all(
    names
      .filter((name) => name.startsWith(PAGES_PREFIX) && name !== PAGES)
      .map((name) => caches.delete(name)),
  )
}

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([dropOtherVersionsPages(), keepOpenPages()]))
})
