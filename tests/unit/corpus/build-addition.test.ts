import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { buildCorpus, type CorpusInputs } from '../../../src/domain/corpus/builder/build'
import {
  buildAddition,
  mergeAddition,
  prepareLinkItems,
} from '../../../src/domain/corpus/builder/build-addition'
import { CorpusBuildError } from '../../../src/domain/corpus/builder/problems'
import { REPO } from './corpus-folder'

// The evaluation set: 51 documents in three languages, several sessions, many links between
// them, none of them tuned for this test.
const folder = readCorpusFolder({
  sources: join(REPO, 'corpus/eval/sources'),
  sessions: join(REPO, 'corpus/eval/sessions.json'),
  topics: join(REPO, 'corpus/topics.json'),
  speakers: join(REPO, 'corpus/speakers.json'),
})
const whole = buildCorpus(folder).corpus

/** The folder without the documents whose id is in `ids`, and those documents alone. */
function split(ids: ReadonlySet<string>): { rest: CorpusInputs; added: CorpusInputs } {
  const isAdded = (d: CorpusInputs['documents'][number]) => ids.has((d.meta as { id: string }).id)
  return {
    rest: { ...folder, documents: folder.documents.filter((d) => !isAdded(d)) },
    added: { ...folder, documents: folder.documents.filter(isAdded) },
  }
}

describe('documents added to a built corpus (buildAddition, mergeAddition)', () => {
  // Every third document, so that additions fall in every language and session.
  const addedIds = new Set(whole.sources.filter((_, i) => i % 3 === 1).map((s) => s.id))
  const { rest, added } = split(addedIds)
  const published = buildCorpus(rest).corpus
  const prepared = prepareLinkItems(published, folder.speakers)
  const addition = buildAddition(added, prepared).corpus

  it('gives the added documents the statements, ids, speakers and topics of a whole build', () => {
    const strip = ({ corroboratedBy: _c, echoes: _e, ...q }: (typeof whole.quotes)[number]) => q
    expect(addition.quotes.map(strip)).toEqual(
      whole.quotes.filter((q) => addedIds.has(q.sourceId)).map(strip),
    )
    expect(addition.sources).toEqual(whole.sources.filter((s) => addedIds.has(s.id)))
  })

  it('links them as a whole build does, published statements included', () => {
    const merged = mergeAddition(published, addition)
    const linksOf = (c: typeof whole) =>
      c.quotes
        .filter((q) => addedIds.has(q.sourceId))
        .map((q) => ({ id: q.id, corroboratedBy: q.corroboratedBy, echoes: q.echoes }))
    expect(linksOf(merged)).toEqual(linksOf(whole))
    // The test means something only if additions link to published statements.
    const published_ = new Set(published.quotes.map((q) => q.id))
    expect(
      merged.quotes.filter(
        (q) => addedIds.has(q.sourceId) && q.corroboratedBy.some((id) => published_.has(id)),
      ).length,
    ).toBeGreaterThan(0)
  })

  it('merges into the order, sources and speakers of a whole build', () => {
    const merged = mergeAddition(published, addition)
    expect(merged.sources.map((s) => s.id)).toEqual(whole.sources.map((s) => s.id))
    expect(merged.quotes.map((q) => q.id)).toEqual(whole.quotes.map((q) => q.id))
    expect(merged.speakers).toEqual(whole.speakers)
    expect(merged.sessions).toEqual(whole.sessions)
    // Translations aligned on either side stay aligned; a pair split between the published and
    // the added documents is not aligned by an addition.
    const sourceOf = new Map(whole.quotes.map((q) => [q.id, q.sourceId]))
    const sameSide = (a: NonNullable<typeof whole.alignments>[number]) =>
      addedIds.has(sourceOf.get(a.original[0]!)!) === addedIds.has(sourceOf.get(a.translation[0]!)!)
    expect(merged.alignments).toEqual(whole.alignments?.filter(sameSide))
    expect(merged.alignments?.length).toBeGreaterThan(0)
  })

  it('refuses an added document whose id is already published', () => {
    const again = split(new Set([published.sources[0]!.id])).added
    expect(() => buildAddition(again, prepared)).toThrow(CorpusBuildError)
    expect(() => buildAddition(again, prepared)).toThrow(/already used by a published document/)
  })
})
