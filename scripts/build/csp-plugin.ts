/**
 * Content-Security-Policy for the built site (used by vite.config.ts).
 *
 * Static hosts cannot send headers, so every HTML file of the build carries its policy in a
 * `<meta http-equiv="Content-Security-Policy">`, first thing in <head>: scripts, styles,
 * connections, workers and images from the site itself only, no third-party origin, no
 * plugin content (`object-src 'none'`), no `<base>` elsewhere (`base-uri 'self'`), and no
 * inline script or style except those the build itself wrote into that very page, each
 * allowed by its SHA-256 hash (the prerendered pages' start-up scripts and inlined
 * stylesheet). Hosts that can send headers get the same policy as a header, with the hashes
 * of every page and `frame-ancestors 'none'` (which a meta policy cannot carry):
 * `<outDir>/csp-header.txt`, and `<outDir>/_headers` for hosts that read that file
 * (Netlify, Cloudflare Pages). README "Deploying" says how to use them.
 *
 * Runs after prerendering (closeBundle, order post, listed after it), over every .html file.
 * The dev server is left alone: Vite's hot reload needs inline scripts of its own.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'

export interface PageHashes {
  scripts: string[]
  styles: string[]
}

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The hashes of a page's inline scripts and styles (external ones are covered by 'self'). */
export function inlineHashes(html: string): PageHashes {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
    .map(([, , body = '']) => sha256(body))
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(
    ([, , body = '']) => sha256(body),
  )
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] }
}

/** The policy; `header` adds what only a header can carry. */
export function contentSecurityPolicy(hashes: PageHashes, { header = false } = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...hashes.scripts],
    ['style-src', "'self'", ...hashes.styles],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ]
  if (header) directives.push(['frame-ancestors', "'none'"])
  return directives.map((d) => d.join(' ')).join('; ')
}

const META_NAME = 'Content-Security-Policy'

/** The page with its policy as the first element of <head> (replacing any earlier one). */
export function withCspMeta(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '')
  const meta = `<meta http-equiv="${META_NAME}" content="${contentSecurityPolicy(inlineHashes(cleaned))}" />`
  // Right after the charset (which must stay in the first 1,024 bytes), before any script.
  const charset = /<meta charset="[^"]*"\s*\/?>/i
  if (charset.test(cleaned)) return cleaned.replace(charset, (tag) => `${tag}\n    ${meta}`)
  if (!/<head[^>]*>/i.test(cleaned)) throw new Error('csp: a page without <head>')
  return cleaned.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`)
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return htmlFiles(path)
    return name.endsWith('.html') ? [path] : []
  })
}

export function csp(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const outDir = resolve(config.root, config.build.outDir)
        // closeBundle also runs after a failed build: then there is nothing to hash, and
        // throwing here would hide the build's own error.
        if (config.build.ssr || !existsSync(outDir)) return
        const all: PageHashes = { scripts: [], styles: [] }
        const files = htmlFiles(outDir)
        for (const file of files) {
          const page = withCspMeta(readFileSync(file, 'utf8'))
          writeFileSync(file, page)
          const hashes = inlineHashes(page)
          all.scripts.push(...hashes.scripts)
          all.styles.push(...hashes.styles)
        }
        const header = contentSecurityPolicy(
          { scripts: [...new Set(all.scripts)].sort(), styles: [...new Set(all.styles)].sort() },
          { header: true },
        )
        writeFileSync(join(outDir, 'csp-header.txt'), `${header}\n`)
        writeFileSync(
          join(outDir, '_headers'),
          `${config.base}*\n  Content-Security-Policy: ${header}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
        )
        config.logger.info(`content-security-policy: ${files.length} pages`)
      },
    },
  }
}
