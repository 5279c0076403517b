import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { csp } from '../../../scripts/build/csp-plugin'
import { prerender } from '../../../scripts/build/prerender-plugin'
import { spaFallback } from '../../../scripts/build/spa-fallback-plugin'

// The plugins that finish a build (404 shell, prerendering, CSP) run in closeBundle, which
// also runs after a failed build. They must then stand aside so that the build's own error
// is the one reported: the benchmark's app build once failed with only "ENOENT dist/index.html".
describe('a build that fails', () => {
  let root = ''
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('reports its own error, not one of the closing plugins', async () => {
    root = mkdtempSync(join(tmpdir(), 'failed-build-'))
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="en"><head><title>t</title></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>',
    )
    writeFileSync(
      join(root, 'main.js'),
      "import missing from './not-there.json'\nconsole.log(missing)\n",
    )
    const failure = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [spaFallback(), prerender(), csp()],
      build: { outDir: join(root, 'dist'), emptyOutDir: true },
    }).then(
      () => null,
      (error: unknown) => String(error instanceof Error ? error.message : error),
    )
    expect(failure).toMatch(/not-there\.json/)
    expect(failure).not.toMatch(/ENOENT/)
  }, 30_000)
})
