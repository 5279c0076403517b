import { resolve } from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { messagesPlugin } from './scripts/build/messages-plugin.ts'
import { csp } from './scripts/build/csp-plugin.ts'
import { prerender, servePrerenderedInPreview } from './scripts/build/prerender-plugin.ts'
import { spaFallback } from './scripts/build/spa-fallback-plugin.ts'

// BASE_PATH lets the same build live under a sub-path, e.g. BASE_PATH=/explorer/
const base = process.env.BASE_PATH ?? '/'

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      routesDirectory: './src/routes',
      generatedRouteTree: './src/route-tree.gen.ts',
    }),
    react(),
    messagesPlugin(),
    tailwindcss(),
    spaFallback(),
    prerender(),
    // After prerendering: hashes the inline scripts each page ends up with.
    csp(),
    servePrerenderedInPreview(),
  ],
  resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The corpus stays a separate, cacheable JSON file however small it is.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  preview: { port: 4173, strictPort: true },
})
