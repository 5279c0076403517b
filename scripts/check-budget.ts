/**
 * Fails when the JavaScript the home page loads before anything else (the entry script and
 * its static imports, gzip) exceeds the budget. Reads dist/ after `npm run build`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = Number(process.env.FIRST_LOAD_BUDGET_KB ?? 110)
const dist = 'dist'
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const base = process.env.BASE_PATH ?? '/'
const scripts = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
].map((m) => m[1]!.replace(base === '/' ? /^\// : new RegExp(`^${base}`), ''))
let total = 0
for (const file of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dist, file))).length
  total += size
  console.log(`${file}: ${(size / 1024).toFixed(1)} KB gzip`)
}
const kb = total / 1024
console.log(`First-load JS of /: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`)
if (scripts.length === 0) {
  console.error('No entry script found in dist/index.html: run `npm run build` first.')
  process.exit(1)
}
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB.`)
  process.exit(1)
}
