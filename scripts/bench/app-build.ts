/**
 * Builds the production app around a given corpus without touching the shared tree: the
 * app's sources are copied into a private work folder (node_modules symlinked), the corpus
 * file is placed at src/generated/corpus.json there, and `vite build` writes into that
 * folder's own dist/. The real src/generated/ and dist/ are never written.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** What `vite build` needs from the project (everything else stays behind). */
const APP_FILES = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts/build', // the config's own plugins (prerendering)
  // The corpus's data files, which the app imports itself (the /add worker builds with
  // them); its documents stay behind (LEFT_BEHIND).
  'corpus',
  'tsconfig.json',
  'package.json',
]

/**
 * Never copied: a stale generated corpus must not leak into a build of another one, and the
 * corpus's documents (its sources, the evaluation set) are not the app's to import.
 */
const LEFT_BEHIND = [join('src', 'generated'), join('corpus', 'sources'), join('corpus', 'eval')]

export interface AppBuild {
  /** The folder the production build was written to. */
  dist: string
  /** Wall time of `vite build`, for the log only (it is not a figure of the app). */
  buildMs: number
}

export function prepareWorkTree(projectRoot: string, workDir: string): void {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  for (const name of APP_FILES) {
    const from = join(projectRoot, name)
    if (!existsSync(from)) continue
    cpSync(from, join(workDir, name), {
      recursive: true,
      filter: (path) => !LEFT_BEHIND.some((folder) => path.startsWith(join(projectRoot, folder))),
    })
  }
  symlinkSync(resolve(projectRoot, 'node_modules'), join(workDir, 'node_modules'), 'dir')
  mkdirSync(join(workDir, 'src', 'generated'), { recursive: true })
}

/** The path inside the work tree where the app expects its corpus. */
export const generatedDir = (workDir: string) => join(workDir, 'src', 'generated')

export function buildApp(workDir: string): AppBuild {
  const started = performance.now()
  const result = spawnSync(
    join(workDir, 'node_modules', '.bin', 'vite'),
    ['build', '--logLevel', 'warn', '--emptyOutDir'],
    { cwd: workDir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  )
  if (result.status !== 0) {
    throw new Error(
      `vite build failed in ${workDir}:\n${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim(),
    )
  }
  return { dist: join(workDir, 'dist'), buildMs: performance.now() - started }
}
