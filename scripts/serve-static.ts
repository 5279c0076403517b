/**
 * Serves a build as GitHub Pages or an S3 bucket would (scripts/static-host.ts): no rewrite
 * rules, unknown paths answer 404 with the site's 404.html. The browser tests use it to prove
 * that deep links work on such hosts and under a sub-path.
 *
 *   tsx scripts/serve-static.ts --dir dist-subpath --base /explorer/ --port 4174
 */
import { parseArgs } from 'node:util'
import { staticHost } from './static-host'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4174' },
  },
})
const host = await staticHost({ dir: values.dir, base: values.base, port: Number(values.port) })
console.log(`Serving ${values.dir} at ${host.url} (no rewrites; 404.html for unknown paths)`)
