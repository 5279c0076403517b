/**
 * The user's own documents (their workspace, saved in this browser) joined to the published
 * corpus, so that every view reads one corpus: the explorer, search and facets, the session,
 * topic, source and statement pages.
 *
 * The documents are built against the published corpus through the CLI's pipeline
 * (builder-adapter.ts, corpus/builder/build-addition.ts), so their statements get the CLI's ids
 * (the same text, the same id), speakers, topics, and corroborations and echoes against the
 * published statements; the joined corpus is the one the CLI builds from a folder holding the
 * published documents and the user's. A published statement only gains links to the user's
 * statements (links are symmetric), and keeps its id and everything else.
 *
 * A document that cannot be built (its session is unknown, its text is empty…) is left out
 * with the builder's problems, and the others still join: one bad document never hides the
 * rest, nor the published corpus.
 */
import type { Corpus, Session } from '../corpus/schema'
import {
  buildWithDrafts,
  prepareCorpus,
  type DocumentDraft,
  type PreparedCorpus,
  type Problem,
  type PublishedInputs,
} from './builder-adapter'

/** What the workspace holds, ready for the builder. */
export interface WorkspaceInputs {
  /** The saved documents: their metadata and text. */
  drafts: readonly DocumentDraft[]
  /** The sessions the documents add (not in the published corpus). */
  sessions: readonly Session[]
  /** The user's corrections, by statement id, in the form of corpus/overrides.json. */
  overrides: Record<string, unknown>
}

export interface JoinedCorpus {
  corpus: Corpus
  /** The sources that are the user's documents (in the order the workspace lists them). */
  workspaceSourceIds: string[]
  /** Documents that could not be built, and why (the builder's words). */
  leftOut: { id: string; problems: Problem[] }[]
}

/**
 * The published corpus with the workspace's documents joined to it. Pure: the same inputs
 * give the same corpus.
 */
export function joinWorkspace(
  published: PublishedInputs,
  workspace: WorkspaceInputs,
): JoinedCorpus {
  const publishedIds = new Set(published.corpus.sources.map((s) => s.id))
  const leftOut: JoinedCorpus['leftOut'] = []
  // A document whose id is a published source's would replace it: it is not joined.
  let drafts = workspace.drafts.filter((d) => {
    if (!publishedIds.has(d.id)) return true
    leftOut.push({
      id: d.id,
      problems: [
        {
          file: `${d.id}.meta.json`,
          message: `the published corpus has a source with the id "${d.id}"`,
          hint: 'give the document another id',
        },
      ],
    })
    return false
  })
  // Each failed build names the documents at fault; they are set aside and the rest built again.
  let prepared: PreparedCorpus | undefined
  for (;;) {
    if (drafts.length === 0) return { corpus: published.corpus, workspaceSourceIds: [], leftOut }
    prepared ??= prepareCorpus(published)
    const outcome = buildWithDrafts(
      published,
      drafts,
      workspace.sessions,
      workspace.overrides,
      prepared,
    )
    if (outcome.ok) {
      const ids = drafts.map((d) => d.id)
      return { corpus: outcome.corpus, workspaceSourceIds: ids, leftOut }
    }
    const atFault = drafts.filter((d) =>
      outcome.problems.some(
        (p) => problemFile(p) === `${d.id}.txt` || problemFile(p) === `${d.id}.meta.json`,
      ),
    )
    // Problems that name no document (a session the workspace adds, say) set all of them aside.
    const setAside = atFault.length > 0 ? atFault : drafts
    for (const d of setAside)
      leftOut.push({
        id: d.id,
        problems: outcome.problems.filter(
          (p) => atFault.length === 0 || problemFile(p).startsWith(`${d.id}.`),
        ),
      })
    drafts = drafts.filter((d) => !setAside.includes(d))
  }
}

const problemFile = (p: Problem) => p.file.split(/[\\/]/).pop() ?? p.file
