/**
 * The user's own documents (their workspace, saved in this browser) joined to the published
 * corpus, so that every view reads one corpus: the explorer, search and facets, the session,
 * topic, source and statement pages.
 *
 * The documents are built with the published corpus through the CLI's pipeline
 * (builder-adapter.ts), so their statements get the CLI's ids (the same text, the same id),
 * speakers, topics, and corroborations and echoes against the published statements. Then the
 * published corpus is kept as it was published, and the workspace's sources, statements,
 * sessions and speakers are added after it: a published statement only gains links to the
 * user's statements (links are symmetric), and keeps its place, its id and everything else.
 *
 * A document that cannot be built (its session is unknown, its text is empty…) is left out
 * with the builder's problems, and the others still join: one bad document never hides the
 * rest, nor the published corpus.
 */
import type { Corpus, Quote, Session } from '../corpus/schema'
import {
  buildWithDrafts,
  type DocumentDraft,
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
  for (;;) {
    if (drafts.length === 0) return { corpus: published.corpus, workspaceSourceIds: [], leftOut }
    const outcome = buildWithDrafts(published, drafts, workspace.sessions, workspace.overrides)
    if (outcome.ok) {
      const ids = drafts.map((d) => d.id)
      return {
        corpus: mergeWorkspace(published.corpus, outcome.corpus, new Set(ids)),
        workspaceSourceIds: ids,
        leftOut,
      }
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

/**
 * `published` with the sources in `workspaceSourceIds` taken from `built` (a build of the
 * published documents and the workspace's together), their statements after the published
 * ones, the sessions and speakers they add, and the links between published and workspace
 * statements on both sides.
 */
export function mergeWorkspace(
  published: Corpus,
  built: Corpus,
  workspaceSourceIds: ReadonlySet<string>,
): Corpus {
  const isWorkspace = (q: Pick<Quote, 'sourceId'>) => workspaceSourceIds.has(q.sourceId)
  const added = built.quotes.filter(isWorkspace)
  const addedIds = new Set(added.map((q) => q.id))
  const publishedIds = new Set(published.quotes.map((q) => q.id))
  const builtById = new Map(built.quotes.map((q) => [q.id, q]))
  // A published statement gains the links its rebuilt self has to the user's statements.
  const withLinksToWorkspace = (q: Quote): Quote => {
    const rebuilt = builtById.get(q.id)
    if (!rebuilt) return q
    const corroboratedBy = rebuilt.corroboratedBy.filter((id) => addedIds.has(id))
    const echoes = rebuilt.echoes.filter((id) => addedIds.has(id))
    if (corroboratedBy.length === 0 && echoes.length === 0) return q
    return {
      ...q,
      corroboratedBy: [...q.corroboratedBy, ...corroboratedBy],
      echoes: [...q.echoes, ...echoes],
    }
  }
  // A workspace statement keeps its links to statements that are in the joined corpus and
  // link back (a published statement links back when the build had it too).
  const known = (id: string) => addedIds.has(id) || (publishedIds.has(id) && builtById.has(id))
  const linkedBack = (q: Quote): Quote => ({
    ...q,
    corroboratedBy: q.corroboratedBy.filter(known),
    echoes: q.echoes.filter(known),
  })
  const sessionIds = new Set(published.sessions.map((s) => s.id))
  const speakerIds = new Set(published.speakers.map((s) => s.id))
  const usedSessions = new Set(added.map((q) => q.sessionId))
  const usedSpeakers = new Set(added.map((q) => q.speakerId))
  const sources = built.sources.filter((s) => workspaceSourceIds.has(s.id))
  for (const s of sources) usedSessions.add(s.sessionId)
  return {
    ...published,
    sessions: [
      ...published.sessions,
      ...built.sessions.filter((s) => !sessionIds.has(s.id) && usedSessions.has(s.id)),
    ],
    sources: [...published.sources, ...sources],
    speakers: [
      ...published.speakers,
      ...built.speakers.filter((s) => !speakerIds.has(s.id) && usedSpeakers.has(s.id)),
    ],
    quotes: [...published.quotes.map(withLinksToWorkspace), ...added.map(linkedBack)],
  }
}
