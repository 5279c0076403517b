/**
 * The builder on the evaluation set (corpus/eval/, docs/evaluation.md) must not get worse.
 *
 * FLOORS is a ratchet: the figures the builder on main measured when they were last set,
 * rounded DOWN to two decimals (maxima rounded UP). Whoever improves the builder raises them to
 * the new figures (`npm run corpus:eval`); nobody lowers them to make a change pass.
 *
 * Floors are per language, so that documents added in one language never move another's.
 *
 * The targets (issue 13), where the floors must end up (in every language):
 *   direct and direct+speaker: precision ≥ 0.95 and recall ≥ 0.95
 *   (reported statements: as high as they go; the issue sets no number)
 *   non-statements taken ≤ 2 %
 *   false links among the negatives: 0
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { evalInput } from '../../../scripts/corpus/eval-run'
import {
  AnnotationFileSchema,
  checkFloors,
  scoreEvaluation,
  type BuiltStatement,
  type EvalInput,
  type Floors,
} from '../../../scripts/corpus/eval-score'
import { REPO } from './corpus-folder'
import { join } from 'node:path'
import * as v from 'valibot'

const FLOORS: Floors = {
  languages: {
    en: {
      types: {
        direct: { precision: 1, recall: 1 },
        'direct+speaker': { precision: 0.99, recall: 0.99 },
        reported: { precision: 0.96, recall: 0.95 },
        'reported+speaker': { precision: 0.96, recall: 0.95 },
      },
      nonStatementsTaken: 0.01,
      linkRecall: 0.9,
    },
    // Lowered from 0.99 to 0.98 (direct recall) and 0.98 to 0.97 (reported recall) on adding the
    // second held-out batch (ru-17, ru-18: written after the builder's second round, not tuned on).
    ru: {
      types: {
        direct: { precision: 1, recall: 0.98 },
        'direct+speaker': { precision: 1, recall: 0.98 },
        reported: { precision: 0.98, recall: 0.97 },
        'reported+speaker': { precision: 0.98, recall: 0.97 },
      },
      nonStatementsTaken: 0.01,
      linkRecall: 0.63,
    },
    kk: {
      types: {
        direct: { precision: 1, recall: 1 },
        'direct+speaker': { precision: 1, recall: 1 },
        reported: { precision: 0.97, recall: 0.98 },
        'reported+speaker': { precision: 0.96, recall: 0.97 },
      },
      nonStatementsTaken: 0.01,
      linkRecall: 0.52,
    },
  },
  falseLinks: 0,
  // Aligned statements of translations (corpus/eval/alignments.json), all languages together.
  alignment: { precision: 0.98, recall: 0.96 },
}

let input: EvalInput
// Building the whole evaluation set takes a few seconds alone, far more on a busy machine.
beforeAll(() => {
  input = evalInput({
    root: join(REPO, 'corpus/eval'),
    topics: join(REPO, 'corpus/topics.json'),
    speakers: join(REPO, 'corpus/speakers.json'),
  })
}, 120_000)

const withStatements = (statements: BuiltStatement[]): EvalInput => ({ ...input, statements })

describe('the builder on the evaluation set', () => {
  it('has annotations that match their documents', () => {
    expect(scoreEvaluation(input).annotationErrors).toEqual([])
  })

  it('meets the floors', () => {
    expect(checkFloors(scoreEvaluation(input), FLOORS)).toEqual([])
  })
})

// The floors would be worthless if a worse builder met them: each degradation below must fail.
describe('the floors catch a worse builder', () => {
  it('one that drops a direct quote in five', () => {
    let n = 0
    const fewer = input.statements.filter((s) => s.kind !== 'direct' || n++ % 5 !== 0)
    expect(checkFloors(scoreEvaluation(withStatements(fewer)), FLOORS).join('\n')).toMatch(
      /^en direct recall/m,
    )
  })

  it('one that credits the wrong speaker', () => {
    const wrong = input.statements.map((s) => ({
      ...s,
      speakerId: 'someone-else',
      speakerName: 'Someone Else',
    }))
    const misses = checkFloors(scoreEvaluation(withStatements(wrong)), FLOORS).join('\n')
    expect(misses).toMatch(/^en direct\+speaker recall/m)
    expect(misses).toMatch(/^en reported\+speaker recall/m)
  })

  it('one that takes headings, datelines and captions as statements', () => {
    const texts = new Map(input.documents.map((d) => [d.id, d.text]))
    const extra: BuiltStatement[] = []
    for (const { data } of input.annotations) {
      const annotation = v.parse(AnnotationFileSchema, data)
      const text = texts.get(annotation.source) ?? ''
      for (const item of annotation.items) {
        if (item.type !== 'non-statement') continue
        const start = text.indexOf(item.text)
        extra.push({
          id: `junk-${extra.length}`,
          sourceId: annotation.source,
          kind: 'reported',
          speakerId: 'kassym-jomart-tokayev',
          speakerName: 'Kassym-Jomart Tokayev',
          start,
          end: start + item.text.length,
          corroboratedBy: [],
          echoes: [],
        })
      }
    }
    const misses = checkFloors(
      scoreEvaluation(withStatements([...input.statements, ...extra])),
      FLOORS,
    ).join('\n')
    expect(misses).toMatch(/^en non-statements taken/m)
    expect(misses).toMatch(/^en reported precision/m)
  })

  it('one that links every pair of statements', () => {
    const ids = input.statements.map((s) => s.id)
    const all = input.statements.map((s) => ({ ...s, corroboratedBy: ids, echoes: ids }))
    expect(checkFloors(scoreEvaluation(withStatements(all)), FLOORS).join('\n')).toMatch(
      /false links/,
    )
  })

  it('one that aligns no translation', () => {
    expect(
      checkFloors(scoreEvaluation({ ...input, builtAlignments: [] }), FLOORS).join('\n'),
    ).toMatch(/^alignment recall/m)
  })

  it('one that pairs each statement of a translation with the next one’s original', () => {
    const shifted = (input.builtAlignments ?? []).map((a, i, all) => ({
      original: a.original,
      translation: (all[i + 1] ?? a).translation,
    }))
    expect(
      checkFloors(scoreEvaluation({ ...input, builtAlignments: shifted }), FLOORS).join('\n'),
    ).toMatch(/^alignment precision/m)
  })

  it('one that links nothing', () => {
    const none = input.statements.map((s) => ({ ...s, corroboratedBy: [], echoes: [] }))
    expect(checkFloors(scoreEvaluation(withStatements(none)), FLOORS).join('\n')).toMatch(
      /^en link recall/m,
    )
  })
})
