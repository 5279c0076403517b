/**
 * A tiny static host for a production build, as a CDN would serve it: gzip for text
 * (the same compression `vite preview` applies), long caching for hashed assets, and the
 * SPA fallback (unknown paths get index.html). Extra in-memory files (the benchmark's own
 * page scripts) are served under /__bench/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = /^(text\/|application\/(json|manifest)|image\/svg)/

export interface StaticServer {
  origin: string
  close(): Promise<void>
}

/**
 * @param base the sub-path the build was made for (BASE_PATH), stripped from request paths.
 */
export async function serveStatic(
  root: string,
  extraFiles: Record<string, string | Buffer> = {},
  base = '/',
): Promise<StaticServer> {
  const prefix = base.replace(/\/+$/, '')
  const gzipCache = new Map<string, Buffer>()

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let path = decodeURIComponent(url.pathname)
    if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length) || '/'
    let body: Buffer
    let type: string
    let cacheKey: string
    const extra = extraFiles[path]
    if (extra !== undefined) {
      body = typeof extra === 'string' ? Buffer.from(extra) : extra
      type = TYPES[extname(path)] ?? 'application/octet-stream'
      cacheKey = `extra:${path}`
    } else {
      let file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))
      if (!existsSync(file) || statSync(file).isDirectory()) {
        const index = join(file, 'index.html')
        file = existsSync(index) ? index : join(root, 'index.html')
      }
      if (!existsSync(file)) {
        response.writeHead(404).end()
        return
      }
      body = readFileSync(file)
      type = TYPES[extname(file)] ?? 'application/octet-stream'
      cacheKey = file
    }
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    if (acceptsGzip && COMPRESSIBLE.test(type) && body.length > 1024) {
      let gz = gzipCache.get(cacheKey)
      if (!gz) {
        gz = gzipSync(body)
        gzipCache.set(cacheKey, gz)
      }
      body = gz
      headers['Content-Encoding'] = 'gzip'
    }
    headers['Content-Length'] = String(body.length)
    response.writeHead(200, headers)
    response.end(request.method === 'HEAD' ? undefined : body)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
