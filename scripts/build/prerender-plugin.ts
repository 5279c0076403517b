/**
 * Vite plugins for build-time prerendering (used by vite.config.ts): `prerender` writes a
 * static HTML page for each view after the client build, `servePrerenderedInPreview` makes
 * `vite preview` serve them as static hosts do. See `prerender` below for inputs, outputs
 * and order.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'

/**
 * Runs in the page before the app, over prerendered markup: a page prerendered for one
 * address shows only at that address and without a query (`/quotes?q=unity` must never
 * flash the unfiltered list; a host's fallback may serve the overview's file for any path).
 * Otherwise #root is emptied and the app starts from scratch, as without prerendering.
 */
const PRERENDER_GUARD = `(function(r){var t=function(p){return p.replace(/\\/+$/,'')};try{if(!location.search&&t(decodeURI(location.pathname))===t(r.getAttribute('data-prerendered')))return}catch(e){}r.textContent='';r.removeAttribute('inert')})(document.getElementById('root'))`

/**
 * Starts the app once the prerendered page has painted (the next frame), so its code never
 * competes with the page's first paint; then the app replaces the (inert) prerendered markup.
 * The entry's chunks are imported side by side rather than preloaded: no stylesheet
 * invalidation from added <link>s, and each chunk is evaluated in a task of its own.
 */
const startAppAfterPaint = (entry: string, chunks: string[]) =>
  `(function(){var s=function(){${JSON.stringify([...chunks, entry])}.forEach(function(u){import(u)})};if(document.visibilityState==='visible')requestAnimationFrame(function(){setTimeout(s)});else s()})()`

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Build-time prerendering, so first paint and largest paint come from HTML, not from the
 * JavaScript, the route's code and the corpus arriving one after the other.
 *   Input:  the client build just written (its index.html as the template; the corpus and
 *           summary JSON, which the views fetch, read from its assets) and src/app/prerender.tsx.
 *   Output: <outDir>/index.html (the overview) and <outDir>/<path>/index.html for every view
 *           prerender.tsx lists (sessions, topics, quotes, sources and each one of them);
 *           404.html stays the bare shell. `vite preview` serves <path>/index.html for <path>
 *           (see servePrerenderedInPreview), as static hosts do.
 *   Order:  after the client bundle is written (closeBundle): prerender.tsx is bundled for
 *           Node into a scratch folder under node_modules/.cache, run, and the folder removed.
 * PRERENDER=0 skips it. The inline scripts and style it writes are allowed by hash in each
 * page's Content-Security-Policy (csp-plugin.ts, which runs after it).
 */
export function prerender(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir)
        // closeBundle also runs after a failed build: leave its error to be seen.
        if (config.build.ssr || process.env.PRERENDER === '0') return
        if (!existsSync(join(outDir, 'index.html'))) return
        const shell = readFileSync(join(outDir, 'index.html'), 'utf8')
        // A fresh folder per run: Node caches an imported module by its path.
        const scratch = resolve(
          config.root,
          'node_modules/.cache/prerender',
          `${process.pid}-${Date.now()}`,
        )
        await build({
          configFile: config.configFile,
          root: config.root,
          base: config.base,
          mode: config.mode,
          logLevel: 'warn',
          build: {
            ssr: resolve(config.root, 'src/app/prerender.tsx'),
            outDir: scratch,
            emptyOutDir: true,
            copyPublicDir: false,
            minify: false,
          },
        })
        const restore = installServerGlobals(outDir, config.base)
        try {
          const app = (await import(pathToFileURL(join(scratch, 'prerender.js')).href)) as {
            prerenderedPaths(): Promise<string[]>
            prerenderedLocales: readonly string[]
            prerenderView(
              path: string,
              locale: string,
              siteUrl: string,
            ): Promise<{ html: string; title: string; path: string; head: string }>
          }
          const template = prerenderTemplate(shell, outDir, config.base)
          const paths = await app.prerenderedPaths()
          const siteUrl = process.env.SITE_URL ?? ''
          const pages: string[] = []
          for (const locale of app.prerenderedLocales)
            for (const path of paths) {
              const view = await app.prerenderView(path, locale, siteUrl)
              pages.push(view.path)
              const page = template
                .replace(/<html lang="[^"]*">/, `<html lang="${locale}">`)
                .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(view.title)}</title>`)
                .replace(/<meta\s+name="description"[^>]*>/, '')
                .replace('</head>', `${view.head}</head>`)
                .replace(
                  '<div id="root"></div>',
                  `<div id="root" data-prerendered="${escapeHtml(`${config.base}${view.path.slice(1)}`)}" inert>${view.html}</div>`,
                )
              const file =
                view.path === '/'
                  ? join(outDir, 'index.html')
                  : join(outDir, view.path, 'index.html')
              mkdirSync(dirname(file), { recursive: true })
              writeFileSync(file, page)
            }
          writeFileSync(join(outDir, '404.html'), shell)
          writeFileSync(join(outDir, 'sitemap.xml'), sitemap(pages, siteUrl, config.base))
          if (!siteUrl)
            config.logger.warn(
              'SITE_URL is not set: canonical links, og:url and sitemap.xml use paths, not full addresses',
            )
          config.logger.info(
            `prerendered ${paths.length} views in ${app.prerenderedLocales.length} languages`,
          )
        } finally {
          restore()
          rmSync(scratch, { recursive: true, force: true })
        }
      },
    },
  }
}

/**
 * sitemap.xml of every prerendered page (sitemaps.org). Its addresses are absolute when
 * SITE_URL (the site's public address with its base path) is set, else paths from the root.
 */
export function sitemap(paths: readonly string[], siteUrl: string, base: string): string {
  const root = siteUrl ? (siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : base
  const urls = paths.map(
    (path) => `  <url><loc>${escapeHtml(encodeURI(`${root}${path.slice(1)}`))}</loc></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/**
 * The built index.html made into the frame of a prerendered page: the stylesheet inlined
 * (the first paint needs no second request), and the app's scripts started after that paint
 * instead of from <head>.
 */
function prerenderTemplate(shell: string, outDir: string, base: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(shell)
  if (!entry || !shell.includes('<div id="root"></div>'))
    throw new Error('index.html: expected one module entry script and an empty <div id="root">')
  const preloads: string[] = []
  let template = shell
    .replace(entry[0], '')
    .replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g, (_, href: string) => {
      preloads.push(href)
      return ''
    })
    .replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_, href: string) => {
      const css = readFileSync(join(outDir, href.slice(base.length)), 'utf8')
      return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`
    })
  // Paint once the whole view is parsed: on a slow network a half-arrived page would paint
  // its header without the search button, then shift as the rest arrives.
  template = template
    .replace('</head>', '<link rel="expect" href="#prerender-guard" blocking="render" /></head>')
    .replace(
      '</body>',
      `<script id="prerender-guard">${PRERENDER_GUARD}</script><script>${startAppAfterPaint(entry[1]!, preloads)}</script></body>`,
    )
  return template
}

/**
 * What the app touches outside React while prerendering in Node: `fetch` of its own built
 * files (the corpus), and `window` for the bookmarks store (an empty storage, as in a new
 * browser profile). Returns a function that puts the originals back.
 */
function installServerGlobals(outDir: string, base: string): () => void {
  const g = globalThis as Record<string, unknown>
  const saved = { fetch: g.fetch, window: g.window }
  g.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = decodeURIComponent(new URL(url, 'http://prerender.invalid').pathname)
    if (!path.startsWith(base)) return new Response(null, { status: 404 })
    const file = join(outDir, path.slice(base.length))
    if (!existsSync(file)) return new Response(null, { status: 404 })
    return new Response(readFileSync(file), { status: 200 })
  }
  const items = new Map<string, string>()
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size
    },
  }
  g.window = { localStorage: storage, addEventListener() {}, removeEventListener() {} }
  return () => {
    g.fetch = saved.fetch
    if (saved.window === undefined) delete g.window
    else g.window = saved.window
  }
}

/** `vite preview` answers /quotes/abc with quotes/abc/index.html, as static hosts do. */
export function servePrerenderedInPreview(): Plugin {
  return {
    name: 'serve-prerendered-in-preview',
    configurePreviewServer(server) {
      const { base } = server.config
      const outDir = resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://preview.invalid')
        let path: string
        try {
          path = decodeURIComponent(url.pathname)
        } catch {
          return next()
        }
        if (path.startsWith(base) && !path.endsWith('/')) {
          const index = join(outDir, path.slice(base.length), 'index.html')
          if (existsSync(index)) req.url = `${url.pathname}/index.html${url.search}`
        }
        next()
      })
    },
  }
}
