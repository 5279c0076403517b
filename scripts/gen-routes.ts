/**
 * Writes src/route-tree.gen.ts without starting Vite, so `tsc` and Vitest can run on a
 * fresh clone (the file is generated, not committed).
 */
import { Generator, getConfig } from '@tanstack/router-generator'

const config = getConfig({
  target: 'react',
  routesDirectory: './src/routes',
  generatedRouteTree: './src/route-tree.gen.ts',
})
await new Generator({ config, root: process.cwd() }).run()
