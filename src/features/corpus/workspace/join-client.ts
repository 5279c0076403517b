import type { JoinReply, JoinRequest } from './join-protocol'

/**
 * Runs the join in a worker (one per join; a join happens when the corpus is loaded and again
 * when the workspace changes), or in the page where there is no worker (jsdom in tests) or
 * the worker cannot start.
 */
export function runJoin(request: JoinRequest): Promise<JoinReply> {
  if (typeof Worker === 'undefined') return joinHere(request)
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./join-worker.ts', import.meta.url), {
      type: 'module',
      name: 'workspace-join',
    })
    worker.onmessage = (event: MessageEvent<JoinReply>) => {
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(joinHere(request))
    }
    worker.postMessage(request)
  })
}

async function joinHere(request: JoinRequest): Promise<JoinReply> {
  const [{ joinInPage }, topics, overrides] = await Promise.all([
    import('./join-in-page'),
    import('../../../../corpus/topics.json'),
    import('../../../../corpus/overrides.json'),
  ])
  try {
    return joinInPage(request, { topics: topics.default, overrides: overrides.default })
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
