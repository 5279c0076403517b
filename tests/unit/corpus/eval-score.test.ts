/**
 * The scorer of the evaluation set (scripts/corpus/eval-score.ts) on tiny hand-made cases:
 * every figure below was counted by hand from the case, not taken from the scorer's output.
 */
import { describe, expect, it } from 'vitest'
import {
  overlapRatio,
  prf,
  scoreEvaluation,
  speakerKey,
  trimmedSpan,
  type BuiltStatement,
  type EvalInput,
} from '../../../scripts/corpus/eval-score'

const TEXT = [
  'ASTANA, May 5 – Agency.', // dateline
  'The President said that harmony is the basis of the state.', // reported
  '"We are one people," he said.', // direct: We are one people,
  'Photo: press service.', // caption
].join('\n')

const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from)
  if (i < 0) throw new Error(`not in TEXT: ${s}`)
  return i
}

let n = 0
function built(
  text: string,
  kind: 'direct' | 'reported',
  over: Partial<BuiltStatement> = {},
): BuiltStatement {
  const start = at(text)
  return {
    id: `q${n++}`,
    sourceId: 'doc',
    kind,
    speakerId: 'kassym-jomart-tokayev',
    speakerName: 'Kassym-Jomart Tokayev',
    start,
    end: start + text.length,
    corroboratedBy: [],
    echoes: [],
    ...over,
  }
}

const ITEMS = [
  { type: 'non-statement', text: 'ASTANA, May 5 – Agency.', reason: 'dateline' },
  {
    type: 'reported',
    text: 'The President said that harmony is the basis of the state.',
    speaker: 'kassym-jomart-tokayev',
  },
  { type: 'direct', text: 'We are one people,', speaker: 'kassym-jomart-tokayev' },
  { type: 'non-statement', text: 'Photo: press service.', reason: 'caption' },
]

function input(statements: BuiltStatement[], over: Partial<EvalInput> = {}): EvalInput {
  return {
    documents: [{ id: 'doc', language: 'en', file: 'doc.txt', text: TEXT, buildProblem: null }],
    statements,
    annotations: [{ file: 'doc.json', data: { source: 'doc', items: ITEMS } }],
    links: { file: 'links.json', data: [] },
    knownSpeakerIds: new Set(['kassym-jomart-tokayev']),
    ...over,
  }
}

describe('spans', () => {
  it('trims spaces and quotation marks of every style, not other punctuation', () => {
    const t = ' “„"hello," ’'
    const [a, b] = trimmedSpan(t, 0, t.length)
    expect(t.slice(a, b)).toBe('hello,')
  })
  it('measures overlap against the longer span', () => {
    expect(overlapRatio([0, 10], [0, 8])).toBe(0.8)
    expect(overlapRatio([0, 10], [5, 15])).toBe(0.5)
    expect(overlapRatio([0, 10], [10, 20])).toBe(0)
    expect(overlapRatio([0, 0], [0, 0])).toBe(0)
  })
  it('keys speakers the way the builder makes ids, in any script', () => {
    expect(speakerKey('Tanzila Khashiyeva')).toBe('tanzila-khashiyeva')
    expect(speakerKey('Танзила Хашиева')).toBe(speakerKey('Танзила  Хашиева'))
  })
})

describe('precision and recall', () => {
  it('are 1 when the builder finds exactly the annotated statements', () => {
    const r = scoreEvaluation(
      input([
        built('The President said that harmony is the basis of the state.', 'reported'),
        built('We are one people,', 'direct'),
      ]),
    )
    expect(r.annotationErrors).toEqual([])
    expect(r.total.direct).toEqual({ tp: 1, built: 1, annotated: 1 })
    expect(r.total['direct+speaker']).toEqual({ tp: 1, built: 1, annotated: 1 })
    expect(r.total.reported).toEqual({ tp: 1, built: 1, annotated: 1 })
    expect(r.nonStatements).toEqual({ total: 2, taken: 0 })
    expect(r.byLanguage.en?.counts.direct.tp).toBe(1)
  })

  it('count a match with the wrong speaker for the type but not for type+speaker', () => {
    const r = scoreEvaluation(
      input([built('We are one people,', 'direct', { speakerId: 'x', speakerName: 'Someone' })]),
    )
    expect(r.total.direct.tp).toBe(1)
    expect(r.total['direct+speaker'].tp).toBe(0)
    expect(r.documents[0]?.wrongSpeaker).toEqual([
      { text: 'We are one people,', expected: 'kassym-jomart-tokayev', got: 'x' },
    ])
  })

  it('accept a speaker named in full when the builder made its id from the name', () => {
    const items = [{ type: 'direct', text: 'We are one people,', speaker: 'Aigerim Nurlanovna' }]
    const r = scoreEvaluation(
      input(
        [
          built('We are one people,', 'direct', {
            speakerId: 'aigerim-nurlanovna',
            speakerName: 'Aigerim Nurlanovna',
          }),
        ],
        { annotations: [{ file: 'doc.json', data: { source: 'doc', items } }] },
      ),
    )
    expect(r.total['direct+speaker'].tp).toBe(1)
  })

  it('need the same type: a quote built as reported is a miss and an extra', () => {
    const r = scoreEvaluation(input([built('We are one people,', 'reported')]))
    expect(r.total.direct).toEqual({ tp: 0, built: 0, annotated: 1 })
    expect(r.total.reported).toEqual({ tp: 0, built: 1, annotated: 1 })
    expect(prf(r.total.reported)).toEqual({ precision: 0, recall: 0, f1: 0 })
  })

  it('need 80 % overlap of the longer span (quotation marks aside)', () => {
    // The whole sentence is 59 characters; "harmony is the basis of the state." is 34: 58 %.
    const r = scoreEvaluation(input([built('harmony is the basis of the state.', 'reported')]))
    expect(r.total.reported.tp).toBe(0)
    // The quote with its marks matches the item without them.
    const q = scoreEvaluation(input([built('"We are one people,"', 'direct')]))
    expect(q.total.direct.tp).toBe(1)
  })

  it('match one to one: a second statement over the same item is an extra', () => {
    const r = scoreEvaluation(
      input([
        built('The President said that harmony is the basis of the state.', 'reported'),
        built('The President said that harmony is the basis of the state', 'reported'),
      ]),
    )
    expect(r.total.reported).toEqual({ tp: 1, built: 2, annotated: 1 })
    expect(prf(r.total.reported).precision).toBe(0.5)
  })

  it('are null, not 1 or 0, when nothing was built or annotated', () => {
    const r = scoreEvaluation(input([]))
    expect(prf(r.total.direct)).toEqual({ precision: null, recall: 0, f1: null })
    expect(prf({ tp: 0, built: 0, annotated: 0 })).toEqual({
      precision: null,
      recall: null,
      f1: null,
    })
  })
})

describe('non-statements', () => {
  it('are taken when built statements cover half of them or more', () => {
    // A reported statement glued to its dateline covers the dateline entirely.
    const glued = TEXT.slice(0, at('The President') + 58)
    const r = scoreEvaluation(input([built(glued, 'reported')]))
    expect(r.nonStatements).toEqual({ total: 2, taken: 1 })
    expect(r.documents[0]?.taken).toEqual([{ reason: 'dateline', text: 'ASTANA, May 5 – Agency.' }])
    // "Agency." alone is 7 of the dateline's 23 characters: not taken.
    expect(scoreEvaluation(input([built('Agency.', 'reported')])).nonStatements.taken).toBe(0)
  })
})

describe('annotation errors', () => {
  const withItems = (items: unknown[]) =>
    scoreEvaluation(
      input([], { annotations: [{ file: 'doc.json', data: { source: 'doc', items } }] }),
    ).annotationErrors

  it('a text that is not in the document', () => {
    expect(
      withItems([{ type: 'direct', text: 'We are two peoples', speaker: 'kassym-jomart-tokayev' }]),
    ).toEqual(['doc.json: items[0] (direct): not found in doc.txt: "We are two peoples"'])
  })
  it('a text annotated more times than it occurs', () => {
    const twice = { type: 'non-statement', text: 'Photo: press service.', reason: 'caption' }
    expect(withItems([twice])).toEqual([])
    expect(withItems([twice, twice])).toEqual([
      'doc.json: items[1] (non-statement): occurs fewer times in doc.txt: "Photo: press service."',
    ])
  })
  it('a speaker written as an id that corpus/speakers.json does not have', () => {
    expect(
      withItems([{ type: 'direct', text: 'We are one people,', speaker: 'kassym-tokayev' }])[0],
    ).toMatch(/items\[0\]\.speaker: "kassym-tokayev" is not an id/)
  })
  it('an unknown reason, type or document', () => {
    expect(withItems([{ type: 'non-statement', text: 'Photo', reason: 'photo' }])[0]).toMatch(
      /^doc\.json: items\.0\.reason:/,
    )
    const r = scoreEvaluation(
      input([], { annotations: [{ file: 'x.json', data: { source: 'nope', items: [] } }] }),
    )
    expect(r.annotationErrors).toEqual(['x.json: "source": no document with id "nope"'])
    expect(r.unannotated).toEqual(['doc'])
  })
})

describe('links', () => {
  const TEXT_B = 'He said harmony is the foundation of the state. He opposed any new tax.'
  const docB = { id: 'b', language: 'en', file: 'b.txt', text: TEXT_B, buildProblem: null }
  const itemsB = [
    {
      type: 'reported',
      text: 'He said harmony is the foundation of the state.',
      speaker: 'kassym-jomart-tokayev',
    },
    { type: 'reported', text: 'He opposed any new tax.', speaker: 'kassym-jomart-tokayev' },
  ]
  const a = { source: 'doc', text: 'The President said that harmony is the basis of the state.' }
  const b1 = { source: 'b', text: 'He said harmony is the foundation of the state.' }
  const b2 = { source: 'b', text: 'He opposed any new tax.' }
  function run(linkedTo: string[], pairs: unknown[]) {
    const sa = built(a.text, 'reported', { id: 'A', corroboratedBy: linkedTo })
    const sb1: BuiltStatement = { ...sa, id: 'B1', sourceId: 'b', start: 0, end: 47 }
    const sb2: BuiltStatement = { ...sa, id: 'B2', sourceId: 'b', start: 48, end: 71 }
    return scoreEvaluation(
      input([sa, sb1, sb2], {
        documents: [input([]).documents[0]!, docB],
        annotations: [
          { file: 'doc.json', data: { source: 'doc', items: ITEMS } },
          { file: 'b.json', data: { source: 'b', items: itemsB } },
        ],
        links: { file: 'links.json', data: pairs },
      }),
    ).links
  }
  const positive = { kind: 'corroboration', linked: true, a, b: b1 }
  const negative = { kind: 'corroboration', linked: false, a, b: b2 }

  it('a positive pair the builder linked is found; one it did not is missed', () => {
    expect(run(['B1'], [positive, negative])).toMatchObject({
      positives: 1,
      found: 1,
      negatives: 1,
      falseLinks: 0,
      precision: 1,
      recall: 1,
    })
    expect(run([], [positive])).toMatchObject({ found: 0, recall: 0, precision: null })
  })
  it('a negative pair the builder linked is a false link', () => {
    expect(run(['B2'], [positive, negative])).toMatchObject({
      found: 0,
      falseLinks: 1,
      precision: 0,
    })
  })
  it('an echo is looked up in echoes, not in corroborations', () => {
    expect(run(['B1'], [{ ...positive, kind: 'echo' }]).found).toBe(0)
  })
  it('a link to a text that is not an annotated statement is an annotation error', () => {
    const r = scoreEvaluation(
      input([], {
        links: {
          file: 'links.json',
          data: [{ ...positive, b: { source: 'doc', text: 'ASTANA, May 5 – Agency.' } }],
        },
      }),
    )
    expect(r.annotationErrors).toEqual([
      'links.json: [0].b: not a statement annotated in doc: "ASTANA, May 5 – Agency."',
    ])
  })
})
