import { resolve } from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { messagesPlugin } from './scripts/build/messages-plugin.ts'
import { csp } from './scripts/build/csp-plugin.ts'
import { prerender, servePrerenderedInPreview } from './scripts/build/prerender-plugin.ts'
import { spaFallback } from './scripts/build/spa-fallback-plugin.ts'

/**
 * The installable, offline app (vite-plugin-pwa with Workbox; docs/offline.md): a web app
 * manifest, and a service worker built from src/app/service-worker.ts that precaches the app's
 * code, styles and corpus files and keeps each visited page for offline use. A new build
 * waits until the visitor accepts it ("prompt", see src/features/offline): never a mix of
 * two versions in one page. Registered by src/features/offline/register.ts, loaded when the
 * page is idle (no inline script: the CSP allows none it did not hash).
 */
function offline(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/app',
    filename: 'service-worker.ts',
    registerType: 'prompt',
    injectRegister: false,
    // After prerendering and the CSP (closeBundle, order post, listed after them).
    integration: { closeBundleOrder: 'post' },
    injectManifest: {
      // The app's code and styles, the corpus and its index, the languages, the icons and the
      // bare shell that opens any address offline. Not the prerendered pages: one per view
      // and language (thousands with a large corpus); those are kept as they are visited.
      globPatterns: ['assets/**/*.{js,css,json,bin}', '404.html', 'icons/*.{svg,png}'],
      // The corpus is one file that grows with it: always precached, whatever its size.
      maximumFileSizeToCacheInBytes: 256 * 1024 * 1024,
    },
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: 'Assembly Explorer',
      short_name: 'Assembly',
      description:
        'Statements at the sessions of the Assembly of People of Kazakhstan, verbatim, with their sources and corroborations.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0e7490',
      icons: [
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
  })
}

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
    // Last: the service worker's precache list is made from the finished build.
    offline(),
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
