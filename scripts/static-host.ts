/**
 * A deliberately dumb static file server that behaves like GitHub Pages or an S3 bucket:
 * no rewrite rules, `<dir>/index.html` for a folder, and unknown paths answer 404 with the
 * site's 404.html. scripts/serve-static.ts runs it from the command line; the offline browser
 * tests start their own (tests/e2e/offline.spec.ts), so they can take it down to go offline
 * and put a newer build's file in place (`replace`).
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

export interface StaticHost {
  /** Where the site is, with its base path (`http://127.0.0.1:4174/explorer/`). */
  url: string
  /** Serves `body` at `path` (under the base path, e.g. `service-worker.js`) from now on. */
  replace(path: string, body: string): void
  close(): Promise<void>
}

export async function staticHost({
  dir,
  base = '/',
  port = 0,
}: {
  dir: string
  base?: string
  port?: number
}): Promise<StaticHost> {
  const root = resolve(dir)
  const prefix = base.endsWith('/') ? base : `${base}/`
  const replaced = new Map<string, string>()

  function send(res: ServerResponse, status: number, file: string) {
    if (!existsSync(file)) {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Not found')
      return
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const notFound = join(root, '404.html')
    if (!url.pathname.startsWith(prefix)) return send(res, 404, notFound)
    const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length))).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    const body = replaced.get(rel)
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' })
      res.end(body)
      return
    }
    let file = join(root, rel)
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (existsSync(file) && statSync(file).isFile()) return send(res, 200, file)
    send(res, 404, notFound)
  })
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    replace: (path, content) => void replaced.set(path, content),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
