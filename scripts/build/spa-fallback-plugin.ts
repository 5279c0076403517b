import { copyFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Static hosts without rewrite rules serve 404.html for unknown paths;
 * making it a copy of index.html lets deep links boot the SPA there too.
 */
export function spaFallback(): Plugin {
  let outDir = 'dist'
  let ssr = false
  return {
    name: 'spa-404-fallback',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      ssr = Boolean(config.build.ssr)
    },
    closeBundle() {
      const shell = resolve(outDir, 'index.html')
      // closeBundle also runs after a failed build: copying nothing then would hide the real
      // error behind an ENOENT of its own.
      if (!ssr && existsSync(shell)) copyFileSync(shell, resolve(outDir, '404.html'))
    },
  }
}
