/** Bundles the benchmark's in-page code (scripts/bench/page/*) with esbuild, once per run. */
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const pageDir = fileURLToPath(new URL('./page/', import.meta.url))

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [pageDir + entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  })
  return result.outputFiles[0]!.text
}

export interface PageBundles {
  /** Injected into app pages before their own scripts. */
  probe: string
  /** Served at /__bench/refs.html: the reference engines. */
  refsFiles: Record<string, string>
}

export async function buildPageBundles(): Promise<PageBundles> {
  const [probe, refs] = await Promise.all([bundle('probe.ts'), bundle('references.ts')])
  return {
    probe,
    refsFiles: {
      '/__bench/refs.js': refs,
      '/__bench/refs.html':
        '<!doctype html><meta charset="utf-8"><title>bench refs</title><script src="/__bench/refs.js"></script>',
    },
  }
}
