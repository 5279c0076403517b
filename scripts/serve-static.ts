/**
 * A deliberately dumb static file server that behaves like GitHub Pages or an S3 bucket:
 * no rewrite rules, unknown paths answer 404 with the site's 404.html. The browser tests use
 * it to prove that deep links work on such hosts and under a sub-path.
 *
 *   tsx scripts/serve-static.ts --dir dist-subpath --base /explorer/ --port 4174
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4174' },
  },
})
const root = resolve(values.dir)
const base = values.base.endsWith('/') ? values.base : `${values.base}/`
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

function send(res: import('node:http').ServerResponse, status: number, file: string) {
  if (!existsSync(file)) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Not found')
    return
  }
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const notFound = join(root, '404.html')
  if (!url.pathname.startsWith(base)) return send(res, 404, notFound)
  const rel = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(
    /^(\.\.[/\\])+/,
    '',
  )
  let file = join(root, rel)
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
  if (existsSync(file) && statSync(file).isFile()) return send(res, 200, file)
  send(res, 404, notFound)
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(
    `Serving ${root} at http://127.0.0.1:${values.port}${base} (no rewrites; 404.html for unknown paths)`,
  )
})
