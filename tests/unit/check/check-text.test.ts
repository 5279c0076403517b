/**
 * "Did he say that?" against the real corpus. The checked texts are written here, in the ways
 * people quote (a quote inside an article's sentence, a reworded claim, a made-up claim); only
 * the statements they are checked against come from the five seed documents.
 */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import {
  checkText,
  verdictReason,
  MAX_CHECK_CHARS,
  verdictOf,
  type CheckCorpus,
} from '../../../src/domain/check/check-text'
import { buildCorpus } from '../../../src/domain/corpus/builder/build'
import type { Corpus } from '../../../src/domain/corpus/schema'
import { buildTextIndex } from '../../../src/domain/search/text-index'
import { REAL_SOURCES, REPO } from '../corpus/corpus-folder'

let corpus: Corpus
let corpora: CheckCorpus[]
beforeAll(() => {
  corpus = buildCorpus(
    readCorpusFolder({
      sources: REAL_SOURCES,
      sessions: join(REPO, 'corpus/sessions.json'),
      topics: join(REPO, 'corpus/topics.json'),
      overrides: join(REPO, 'corpus/overrides.json'),
    }),
  ).corpus
  corpora = [
    {
      origin: 'corpus',
      quotes: corpus.quotes,
      index: buildTextIndex(corpus.quotes.map((q) => q.text)),
    },
  ]
})

const check = (text: string) => checkText(text, corpora)
const textOf = (id: string) => corpus.quotes.find((q) => q.id === id)!.text

describe('verbatim', () => {
  it('finds a direct quote inside the sentence that reports it, whatever the quotation marks', () => {
    const r = check(
      'Speaking in Astana, the president told delegates: "Our statehood, our country, our homeland must be the highest value. We must all work for this goal."',
    )
    expect(r.verdict).toBe('verbatim')
    expect(r.matches[0]!.quote.id).toBe('kut5zydqzo')
    expect(r.matches[0]!.quote.kind).toBe('direct')
  })

  it('finds a piece of a statement, ignoring case and punctuation', () => {
    const r = check('a new national identity has been formed in Kazakhstan')
    expect(r.verdict).toBe('verbatim')
    expect(['6azsah2ljv', 'ycbefx3zo7']).toContain(r.matches[0]!.quote.id)
  })

  it('says a reported statement is the source’s words, not the speaker’s', () => {
    const r = check(textOf('mzolg5sfrf'))
    expect(r.verdict).toBe('verbatim')
    expect(verdictReason(r.matches[0]).reason).toBe('verbatim-reported')
  })

  it('does not call a phrase of four words a quotation', () => {
    expect(check('the role of the').verdict).not.toBe('verbatim')
    expect(check('role of the Assembly').verdict).not.toBe('verbatim')
  })
})

describe('paraphrase and related', () => {
  it('calls a reworded claim a close paraphrase and compares the part that was quoted', () => {
    const r = check(
      'Tokayev said the society of Kazakhstan is a union of free and responsible citizens who are united by shared ideals and values.',
    )
    expect(r.verdict).toBe('paraphrase')
    const why = verdictReason(r.matches[0])
    expect(why.reason).toBe('paraphrase')
    expect(why.overlap).toBeGreaterThan(50)
    expect(['mzolg5sfrf', 'cr2fqofyaf']).toContain(r.matches[0]!.quote.id)
  })

  it('calls the same topic in other words related, not a paraphrase', () => {
    const r = check(
      'The Kazakh language matters a great deal for policy, but speakers of other languages keep their rights.',
    )
    expect(['related', 'not-found']).toContain(r.verdict)
    expect(r.verdict).not.toBe('paraphrase')
  })

  it('does not call a negated claim a paraphrase', () => {
    const r = check('A more democratic model of government has not been created in Kazakhstan.')
    expect(r.verdict).not.toBe('verbatim')
    expect(r.verdict).not.toBe('paraphrase')
  })

  it('finds nothing for a claim the corpus does not make', () => {
    const r = check('The price of bread will be frozen until the end of the harvest season.')
    expect(r.verdict).toBe('not-found')
    expect(r.matches).toEqual([])
    expect(verdictReason(r.matches[0])).toEqual({ reason: 'not-found', overlap: 0 })
  })
})

describe('input', () => {
  it('handles empty text and cuts very long text, saying so', () => {
    expect(check('   ').verdict).toBe('not-found')
    const long = `${textOf('kut5zydqzo')} `.repeat(200)
    const r = check(long)
    expect(r.truncated).toBe(true)
    expect(long.length).toBeGreaterThan(MAX_CHECK_CHARS)
    expect(r.verdict).toBe('verbatim')
  })

  it('is deterministic', () => {
    const text =
      'Systematic steps are needed to promote the state language and a multicultural environment.'
    expect(check(text)).toEqual(check(text))
  })
})

describe('verdictOf', () => {
  const base = {
    run: 0,
    runStart: 0,
    runEnd: 0,
    statementInText: false,
    textInStatement: false,
    shared: 6,
    specificShared: 4,
    overlap: 0.8,
    dice: 0.7,
    negationDiffers: false,
  }
  it('follows the thresholds', () => {
    expect(verdictOf(base)).toBe('paraphrase')
    expect(verdictOf({ ...base, negationDiffers: true })).toBe('related')
    expect(verdictOf({ ...base, overlap: 0.35, dice: 0.3 })).toBe('related')
    expect(verdictOf({ ...base, overlap: 0.1, dice: 0.1 })).toBe('not-found')
    expect(verdictOf({ ...base, run: 6, textInStatement: true })).toBe('verbatim')
  })
})

describe('links', () => {
  it('carry as much text as the search codec keeps in a URL value, and no more', async () => {
    const { parseSearch } = await import('../../../src/domain/url/search-codec')
    const { MAX_CHECK_URL_CHARS, fitsInLink, mayBeCut } =
      await import('../../../src/domain/check/check-text')
    const kept = parseSearch(`?text=${'a'.repeat(MAX_CHECK_URL_CHARS + 500)}`).text as string
    expect(kept.length).toBe(MAX_CHECK_URL_CHARS)
    expect(mayBeCut(kept)).toBe(true)
    expect(fitsInLink('a'.repeat(MAX_CHECK_URL_CHARS))).toBe(true)
    expect(fitsInLink('a'.repeat(MAX_CHECK_URL_CHARS + 1))).toBe(false)
  })
})

describe('on the evaluation set (scripts/check/calibrate.ts)', () => {
  it('keeps verbatim and English paraphrase above their floors', async () => {
    const { measure, totals } = await import('../../../scripts/check/calibrate')
    const m = measure()
    const rate = (c: { tp: number; fp: number; fn: number }) => ({
      precision: c.tp / (c.tp + c.fp),
      recall: c.tp / (c.tp + c.fn),
    })
    const verbatim = rate(totals(m.verbatim))
    expect(verbatim.precision).toBeGreaterThanOrEqual(0.95)
    expect(verbatim.recall).toBeGreaterThanOrEqual(0.95)
    const english = rate(m.paraphrase.en!)
    expect(english.precision).toBeGreaterThanOrEqual(0.9)
    expect(english.recall).toBeGreaterThanOrEqual(0.75)
    // Russian and Kazakh wording is compared word form by word form until their stemmers land.
    expect(rate(totals(m.paraphrase)).precision).toBeGreaterThanOrEqual(0.9)
  }, 60_000)
})
