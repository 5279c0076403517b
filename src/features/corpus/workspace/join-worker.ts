/// <reference lib="webworker" />
/**
 * Joins the user's documents to the published corpus off the page's thread: builds them with
 * the CLI's pipeline (src/domain/workspace/merge-workspace.ts) and writes the search index over
 * the joined corpus, which takes about a second at 100,000 statements. The published topics'
 * rules and editorial overrides are bundled into this worker, as in /add's: they are the
 * build's inputs, not the app's.
 */
import overrides from '../../../../corpus/overrides.json'
import topics from '../../../../corpus/topics.json'
import type { JoinReply, JoinRequest } from './join-protocol'
import { joinInPage } from './join-in-page'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = (event: MessageEvent<JoinRequest>) => {
  let reply: JoinReply
  try {
    reply = joinInPage(event.data, { topics, overrides })
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply, reply.ok ? [reply.index] : [])
}
