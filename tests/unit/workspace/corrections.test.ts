/**
 * The corrections the /add page offers are overrides the builder applies (in the browser as in
 * the CLI): a statement's kind, and a passage left out taken as a statement.
 */
import { describe, expect, it } from 'vitest'
import { passageStatementId } from '../../../src/domain/corpus/builder/steps/overrides'
import { buildWithDrafts, leftOutPassages } from '../../../src/domain/workspace/builder-adapter'
import { DRAFT, published } from './published'

const draft = DRAFT

function build(overrides: Record<string, unknown> = {}) {
  const built = buildWithDrafts(published, [draft], [], overrides)
  if (!built.ok) throw new Error(built.problems.map((p) => p.message).join('; '))
  const quotes = built.corpus.quotes.filter((q) => q.sourceId === draft.id)
  const source = built.corpus.sources.find((s) => s.id === draft.id)!
  return { corpus: built.corpus, quotes, source, leftOut: leftOutPassages(source, quotes) }
}

describe('corrections', () => {
  it('change a statement’s kind', () => {
    const { quotes } = build()
    const direct = quotes.find((q) => q.kind === 'direct')!
    const corrected = build({ [direct.id]: { kind: 'reported' } })
    expect(corrected.quotes.find((q) => q.id === direct.id)?.kind).toBe('reported')
  })

  it('take a passage left out as a statement, with the id the CLI gives it', () => {
    const before = build()
    const passage = before.leftOut.find((p) => p.text.startsWith('The meeting took place'))!
    const id = passageStatementId(draft.id, before.quotes, passage)
    const after = build({
      [id]: {
        passage: { source: draft.id, start: passage.start, end: passage.end, text: passage.text },
        speaker: before.quotes[0]!.speakerId,
        kind: 'direct',
      },
    })
    const taken = after.quotes.find((q) => q.id === id)
    expect(taken).toMatchObject({ text: passage.text, kind: 'direct', order: 0 })
    // It comes first in the text; the other statements keep their ids.
    expect(after.quotes.map((q) => q.id)).toEqual([id, ...before.quotes.map((q) => q.id)])
    expect(after.leftOut.some((p) => p.start === passage.start)).toBe(false)
    expect(after.source.leftOut?.some((p) => p.start === passage.start)).toBe(false)
  })

  it('refuse a passage that is not in the text, or keyed by another id', () => {
    const before = build()
    const passage = before.leftOut.find((p) => p.text.startsWith('The meeting took place'))!
    const at = { source: draft.id, start: passage.start, end: passage.end }
    const wrongText = buildWithDrafts(published, [draft], [], {
      abcdefghij: { passage: { ...at, text: 'Something else.' } },
    })
    expect(!wrongText.ok && wrongText.problems[0]?.message).toMatch(/the passage is not at/)
    const wrongKey = buildWithDrafts(published, [draft], [], {
      abcdefghij: { passage: { ...at, text: passage.text } },
    })
    expect(!wrongKey.ok && wrongKey.problems[0]?.hint).toBe(
      `key the override "${passageStatementId(draft.id, before.quotes, passage)}"`,
    )
  })
})
