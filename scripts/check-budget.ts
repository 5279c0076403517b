/**
 * Fails when the first-load JavaScript of `/` exceeds its budget: 119 KB gzip. Issue 6 set 110 KB
 * (109.8 then); issue 14's interface in three languages (Lingui's runtime, the frame's messages,
 * the language in the address) took 3.4 KB, and the session's new views (/check, /add, /data in the
 * route tree, stricter URL checks in the schemas) 3.8 KB more: 117.0 KB measured. Raised, not
 * hidden; winning it back (route tree and schemas out of the first load) is open work.
 * Raised again to 119 KB (27 Nov): topics', sessions' and speakers' names in the interface
 * language, Kazakh dates written out by hand (Chromium has no Kazakh date data), the /kwic and
 * /trends routes and the origin facet's URL field took 118.3 KB, after 0.9 KB was won back by
 * moving the shared-collection schema out of the share-link module. Splitting the routes'
 * loaders out of the first load (the router keeps them there) is the next saving to try.
 *
 * First load = what a browser really fetches to render `/`: the entry script, its static
 * imports, and the home route's code-split chunks, which the router requests right after the
 * entry runs (counting only index.html's <script> and modulepreload tags misses those). So the
 * build is opened in Chromium (the browser the e2e tests use) and the gzip size of every
 * script it fetched before the network went idle is summed. Without Chromium the static count
 * is checked instead, with a warning.
 *
 * The first load ends where the app starts its idle-time work (the `offline:start` performance
 * mark, src/app/main.tsx): the service worker's registration and update notice, loaded once the
 * page has loaded and is idle, are listed after the total (not counted), and the service
 * worker's own background precaching is not the page's at all (network-log.ts).
 *
 * Reads $BUDGET_DIST (default dist/) after `npm run build`; honours BASE_PATH and
 * FIRST_LOAD_BUDGET_KB.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { CHROME_PATH, launchBrowser } from './bench/browser'
import { recordNetwork } from './bench/network-log'
import { serveStatic } from './bench/static-server'

const BUDGET_KB = Number(process.env.FIRST_LOAD_BUDGET_KB ?? 119)
const dist = process.env.BUDGET_DIST ?? 'dist'
const base = process.env.BASE_PATH ?? '/'

const gzipKB = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024

/** Entry script and modulepreloads named by index.html (paths relative to dist). */
function staticScripts(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const strip = new RegExp(`^${base.endsWith('/') ? base : `${base}/`}`)
  return [
    ...new Set(
      [
        ...html.matchAll(
          /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
        ),
      ].map((m) => m[1]!.replace(strip, '')),
    ),
  ]
}

/**
 * Scripts Chromium fetched to render `/`, and those it fetched after the first load, on idle
 * (paths relative to dist).
 */
async function fetchedScripts(): Promise<{ scripts: string[]; deferred: string[] }> {
  const server = await serveStatic(dist, {}, base)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext()
    const network = recordNetwork(context, new URL(server.origin).origin, dist)
    const page = await context.newPage()
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' })
    const afterFirstLoad = new Set(
      await page.evaluate(() => {
        const [end] = performance.getEntriesByName('offline:start')
        if (!end) return []
        return performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime >= end.startTime)
          .map((entry) => new URL(entry.name).pathname)
      }),
    )
    const prefix = base.replace(/\/+$/, '')
    const relative = (path: string) => path.slice(prefix.length).replace(/^\//, '')
    const scripts = network.all().filter((f) => f.kind === 'js')
    return {
      scripts: scripts.filter((f) => !afterFirstLoad.has(f.path)).map((f) => relative(f.path)),
      deferred: scripts.filter((f) => afterFirstLoad.has(f.path)).map((f) => relative(f.path)),
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main(): Promise<number> {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No ${join(dist, 'index.html')}: run \`npm run build\` first.`)
    return 1
  }
  const declared = staticScripts()
  let scripts = declared
  let deferred: string[] = []
  let how = 'fetched by Chromium'
  if (existsSync(CHROME_PATH)) ({ scripts, deferred } = await fetchedScripts())
  else {
    how = 'declared in index.html only (Chromium not found: route chunks are not counted)'
    console.warn(`Warning: ${CHROME_PATH} not found; set CHROME_PATH for the full count.`)
  }
  if (scripts.length === 0) {
    console.error('No script was loaded for /: is the build complete?')
    return 1
  }
  let total = 0
  for (const file of scripts) {
    const kb = gzipKB(file)
    total += kb
    console.log(
      `${file}: ${kb.toFixed(1)} KB gzip${declared.includes(file) ? '' : '  (route chunk)'}`,
    )
  }
  console.log(`First-load JS of /: ${total.toFixed(1)} KB gzip, ${how} (budget ${BUDGET_KB} KB)`)
  for (const file of deferred)
    console.log(
      `  after the first load, on idle (not counted): ${file}: ${gzipKB(file).toFixed(1)} KB gzip`,
    )
  if (total > BUDGET_KB) {
    console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB.`)
    return 1
  }
  return 0
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
