/**
 * The five real documents. Every expectation here was written by reading the documents in
 * corpus/sources, not copied from the builder's output.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, type BuildResult } from '../../../src/domain/corpus/builder/build'
import { parseChecksums, readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { serializeCorpus, serializeSearchIndex } from '../../../scripts/corpus/write'
import { decodeCorpusFile, type CorpusFile } from '../../../src/domain/corpus/corpus-file'
import { checkCorpusIntegrity, type Quote } from '../../../src/domain/corpus/schema'
import { atTime, REAL_SOURCES, REPO } from './corpus-folder'

const FOLDER = {
  sources: REAL_SOURCES,
  sessions: join(REPO, 'corpus/sessions.json'),
  topics: join(REPO, 'corpus/topics.json'),
  overrides: join(REPO, 'corpus/overrides.json'),
}

let result: BuildResult
beforeAll(() => {
  result = buildCorpus(readCorpusFolder(FOLDER))
})

const TOKAYEV = 'kassym-jomart-tokayev'
const quotesOf = (sourceId: string) => result.corpus.quotes.filter((q) => q.sourceId === sourceId)
/** The one quote of a source whose text starts with `start`. */
function quote(sourceId: string, start: string): Quote {
  const found = quotesOf(sourceId).filter((q) => q.text.startsWith(start))
  expect(found, `${sourceId}: "${start}"`).toHaveLength(1)
  return found[0] as Quote
}

describe('the source documents', () => {
  it('match their SHA-256 manifest byte for byte', () => {
    const sums = parseChecksums(readFileSync(join(REAL_SOURCES, 'SHA256SUMS'), 'utf8'))
    const texts = readdirSync(REAL_SOURCES)
      .filter((f) => f.endsWith('.txt'))
      .sort()
    expect([...sums.keys()].sort()).toEqual(texts)
    for (const file of texts)
      expect(
        createHash('sha256')
          .update(readFileSync(join(REAL_SOURCES, file)))
          .digest('hex'),
        file,
      ).toBe(sums.get(file))
  })

  it('are all in the corpus with their metadata and the raw file’s checksum', () => {
    expect(result.corpus.sources.map((s) => [s.id, s.kind, s.sessionId]).sort()).toEqual([
      ['article-2023-xxxii-one-family', 'article', '32'],
      ['article-2023-xxxii-priorities', 'article', '32'],
      ['factsheet-2022-xxxi', 'factsheet', '31'],
      ['factsheet-2023-xxxii', 'factsheet', '32'],
      ['press-release-2023-xxxii', 'press-release', '32'],
    ])
    const sums = parseChecksums(readFileSync(join(REAL_SOURCES, 'SHA256SUMS'), 'utf8'))
    for (const s of result.corpus.sources) expect(s.sha256).toBe(sums.get(s.file))
    expect(result.corpus.sources.every((s) => s.publisher === null && s.url === null)).toBe(true)
  })
})

describe('cleaning', () => {
  const text = (id: string) => result.corpus.sources.find((s) => s.id === id)?.text ?? ''

  it('removes bookmarks, the date marker and the repeated title, and keeps the words', () => {
    const all = result.corpus.sources.map((s) => s.text).join('\n')
    expect(all).not.toMatch(/\[bookmark:/)
    expect(
      text('article-2023-xxxii-one-family').startsWith('At the opening of the 32nd session'),
    ).toBe(true)
    const title =
      'President Kassym-Jomart Tokayev took part in the XXXII session of the Assembly of the People of Kazakhstan'
    expect(text('article-2023-xxxii-priorities').split(title)).toHaveLength(2)
    expect(text('factsheet-2023-xxxii')).toContain(
      '· At the same time, citizens who do not speak the Kazakh language should not be infringed.',
    )
  })
})

describe('direct quotes', () => {
  /** The source's direct quotes are exactly these, in order: [speaker, start of the text]. */
  function expectDirect(sourceId: string, expected: [string, string][]) {
    const direct = quotesOf(sourceId).filter((q) => q.kind === 'direct')
    expect(direct.map((q) => [q.speakerId, q.text.slice(0, 30)])).toEqual(
      expected.map(([speaker, start]) => [speaker, start.slice(0, 30)]),
    )
  }

  it('are the quoted speech of the press release, whole and without marks', () => {
    expectDirect('press-release-2023-xxxii', [
      [TOKAYEV, 'close interweaving of traditions, interethnic'],
      [TOKAYEV, 'The Assembly of People of Kazakhstan is a unique'],
      [TOKAYEV, 'only in this way will we be able to strengthen'],
      [TOKAYEV, 'We, as responsible citizens, must resist'],
      [TOKAYEV, 'every citizen of our country should be aware'],
      [TOKAYEV, 'it is very important to ensure the participation'],
      [TOKAYEV, 'We make pivotal decisions together and build'],
      [TOKAYEV, 'by steadily following the path of building'],
    ])
    expect(quote('press-release-2023-xxxii', 'The Assembly of People').text).toBe(
      'The Assembly of People of Kazakhstan is a unique organisation that serves to strengthen our unity. The Assembly unites all ethnic groups inhabiting the sacred Kazakh land.',
    )
    expect(quote('press-release-2023-xxxii', 'We, as responsible').text).toBe(
      'We, as responsible citizens, must resist any manifestations of radicalism, extremism and separatism',
    )
  })

  it('are the President’s quoted words in the 2022 factsheet, mixed marks included', () => {
    expectDirect('factsheet-2022-xxxi', [
      [TOKAYEV, 'this is our great achievement over the years of independence'],
      [TOKAYEV, 'provocateurs will not be able to undermine our unity'],
      [TOKAYEV, 'our statehood, our country, our homeland'],
    ])
    expect(quote('factsheet-2022-xxxi', 'our statehood').text).toBe(
      'our statehood, our country, our homeland must be the highest value. We must all work for this goal',
    )
  })

  it('include a second speaker who is not the President, with her role', () => {
    expectDirect('article-2023-xxxii-one-family', [
      [TOKAYEV, 'Our society represents a union of free and responsible citizens'],
      [TOKAYEV, 'Every citizen should closely associate his future'],
      ['tanzila-khashiyeva', 'All that was said, all the goals and tasks'],
    ])
    expect(result.corpus.speakers).toEqual([
      {
        id: TOKAYEV,
        name: 'Kassym-Jomart Tokayev',
        role: 'President of Kazakhstan',
        // His name and role in the interface's other languages, from corpus/speakers.json.
        languages: {
          ru: { name: 'Касым-Жомарт Токаев', role: 'Президент Казахстана' },
          kk: { name: 'Қасым-Жомарт Тоқаев', role: 'Қазақстан Президенті' },
        },
      },
      {
        id: 'tanzila-khashiyeva',
        name: 'Tanzila Khashiyeva',
        role: 'member of Kazakhstan’s Vainakh Chechen-Ingush Association',
      },
    ])
  })

  it('are only in the press release, the 2022 factsheet and the article that quotes them', () => {
    expectDirect('factsheet-2023-xxxii', [])
    expectDirect('article-2023-xxxii-priorities', [])
  })

  it('leave out quoted names, titles and slogans', () => {
    const texts = result.corpus.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)
    for (const mention of [
      'Ulttyk Kuryltay',
      'Fair Kazakhstan: unity, stability, development',
      'The unity of the people is the basis of a renewed Kazakhstan',
      'Unity in diversity',
      'we are different, but united',
    ])
      expect(texts).not.toContain(mention)
    expect(quote('factsheet-2023-xxxii', '‘Unity in diversity’').kind).toBe('reported')
  })

  it('do not overlap the reported lead-in of their sentence', () => {
    const leadIn = quote('press-release-2023-xxxii', 'The Head of State also pointed out')
    expect(leadIn.text).toBe(
      'The Head of State also pointed out that effective measures should be taken to eliminate the causes of ethno-social tension',
    )
    const q = quote('press-release-2023-xxxii', 'it is very important')
    expect(leadIn.end).toBeLessThan(q.start)
  })
})

describe('reported statements', () => {
  it('are every bullet of the factsheets, with its heading', () => {
    const bullets = (id: string) =>
      (result.corpus.sources.find((s) => s.id === id)?.text.match(/^· /gm) ?? []).length
    const reported = (id: string) => quotesOf(id).filter((q) => q.kind === 'reported')
    expect(reported('factsheet-2023-xxxii').filter((q) => q.section !== 'Overview')).toHaveLength(
      bullets('factsheet-2023-xxxii'),
    )
    expect(quote('factsheet-2023-xxxii', 'Knowledge of the Kazakh').section).toBe(
      'On the Kazakh language',
    )
    expect(
      quote('factsheet-2022-xxxi', 'President Kassym-Jomart Tokayev proposed holding').section,
    ).toBe('On the referendum in Kazakhstan')
  })

  it('include what the articles report he said, believes and did', () => {
    for (const [id, start] of [
      ['article-2023-xxxii-priorities', 'The President believes that our society'],
      ['article-2023-xxxii-priorities', 'According to him, today all our citizens'],
      [
        'article-2023-xxxii-priorities',
        'In particular, the transformation of the political system',
      ],
      ['article-2023-xxxii-one-family', 'Additionally, President Tokayev stated'],
      ['article-2023-xxxii-one-family', 'He awarded representatives of diasporas'],
      ['press-release-2023-xxxii', 'Given the importance of preserving national accord'],
    ] as const)
      expect(quote(id, start)).toMatchObject({ kind: 'reported', speakerId: TOKAYEV })
  })

  it('leave out the publisher’s background and the descriptions of the event', () => {
    const texts = result.corpus.quotes.map((q) => q.text)
    for (const fragment of [
      'established in 1995',
      'Since its creation, the Assembly',
      'participated in the 32nd session',
      'took part in the XXXI session',
      'The theme of this year',
      'Below are key points',
      'The main message of the speech',
      'The President made several important announcements',
    ])
      expect(
        texts.some((t) => t.includes(fragment)),
        fragment,
      ).toBe(false)
  })
})

describe('every quote', () => {
  it('is verbatim: its text is its source text at its offsets, and the corpus is sound', () => {
    const sources = new Map(result.corpus.sources.map((s) => [s.id, s.text]))
    for (const q of result.corpus.quotes)
      expect(sources.get(q.sourceId)?.slice(q.start, q.end)).toBe(q.text)
    expect(checkCorpusIntegrity(result.corpus)).toEqual([])
  })

  it('has at most three topics, and orders count up within each source', () => {
    for (const q of result.corpus.quotes) expect(q.topicIds.length).toBeLessThanOrEqual(3)
    for (const s of result.corpus.sources)
      expect(quotesOf(s.id).map((q) => q.order)).toEqual(quotesOf(s.id).map((_, i) => i))
  })
})

describe('topics', () => {
  it.each([
    ['factsheet-2023-xxxii', 'At the same time, citizens who do not speak', 'language-policy'],
    [
      'press-release-2023-xxxii',
      'We, as responsible citizens, must resist',
      'countering-extremism',
    ],
    ['factsheet-2023-xxxii', 'A key task for the Assembly is to prevent', 'countering-extremism'],
    [
      'factsheet-2022-xxxi',
      'President Kassym-Jomart Tokayev proposed holding a referendum',
      'political-reform',
    ],
    [
      'factsheet-2022-xxxi',
      'The first meeting of the new dialogue platform',
      'civic-participation',
    ],
    [
      'press-release-2023-xxxii',
      'it is very important to ensure the participation of local',
      'civic-participation',
    ],
    [
      'article-2023-xxxii-one-family',
      'He awarded representatives of diasporas',
      'awards-and-honours',
    ],
    ['factsheet-2023-xxxii', 'The sky-blue flag embodies', 'statehood-and-independence'],
    ['factsheet-2023-xxxii', 'The Assembly has played an important role', 'assembly-role'],
    ['factsheet-2023-xxxii', 'Kazakhstan’s society is a union of free', 'national-identity'],
    [
      'article-2023-xxxii-one-family',
      'The Head of State stressed that every Kazakh citizen',
      'unity-and-harmony',
    ],
  ])('%s “%s…” is about %s', (sourceId, start, topic) => {
    expect(quote(sourceId, start).topicIds).toContain(topic)
  })
})

/** A quote by its source and the start of its text. */
type Ref = [sourceId: string, start: string]

describe('corroborations and echoes', () => {
  const linked = (a: Quote, b: Quote, field: 'corroboratedBy' | 'echoes') =>
    a[field].includes(b.id) && b[field].includes(a.id)

  it.each([
    [
      ['factsheet-2023-xxxii', 'A new, more democratic model of government'],
      ['press-release-2023-xxxii', 'Commenting on Kazakhstan’s transformation'],
    ],
    [
      ['factsheet-2023-xxxii', 'A new, more democratic model of government'],
      [
        'article-2023-xxxii-priorities',
        'In particular, the transformation of the political system',
      ],
    ],
    [
      ['factsheet-2023-xxxii', 'The Assembly has played an important role'],
      ['article-2023-xxxii-priorities', 'The President stressed that the Assembly played'],
    ],
    [
      ['factsheet-2023-xxxii', 'At the same time, citizens who do not speak'],
      ['press-release-2023-xxxii', 'The Head of State also spoke of the need to promote'],
    ],
    [
      ['factsheet-2023-xxxii', 'Over the years of independence, a new national identity'],
      [
        'article-2023-xxxii-priorities',
        'Kassym-Jomart Tokayev said that during the years of Independence',
      ],
    ],
    [
      ['factsheet-2023-xxxii', 'Kazakhstan’s society is a union of free'],
      ['article-2023-xxxii-one-family', 'Our society represents a union'],
    ],
    [
      ['factsheet-2023-xxxii', 'A key task for the Assembly is to prevent any provocations'],
      ['press-release-2023-xxxii', 'Given the importance of preserving national accord'],
    ],
    [
      ['article-2023-xxxii-priorities', 'This unique institution has acquired new instruments'],
      ['article-2023-xxxii-one-family', 'At the opening of the 32nd session'],
    ],
  ] as [Ref, Ref][])('%j corroborates %j', ([sa, ta], [sb, tb]) => {
    expect(linked(quote(sa, ta), quote(sb, tb), 'corroboratedBy')).toBe(true)
  })

  it('never link a claim to a different one that shares words or a topic', () => {
    const wayOfLife = quote(
      'article-2023-xxxii-one-family',
      'The President noted that Kazakhstan has formed a unique way',
    )
    const identity = quote('factsheet-2023-xxxii', 'Over the years of independence')
    expect(linked(wayOfLife, identity, 'corroboratedBy')).toBe(false)
    // Same topic (language policy), different claim.
    expect(
      quote('factsheet-2023-xxxii', 'Knowledge of the Kazakh language').corroboratedBy,
    ).toEqual([])
    // The second speaker's words corroborate nothing the President said.
    const khashiyeva = quote('article-2023-xxxii-one-family', 'All that was said')
    expect([...khashiyeva.corroboratedBy, ...khashiyeva.echoes]).toEqual([])
  })

  it('link only other sources of the same session; echoes only other sessions', () => {
    const byId = new Map(result.corpus.quotes.map((q) => [q.id, q]))
    for (const q of result.corpus.quotes) {
      for (const id of q.corroboratedBy) {
        expect(byId.get(id)?.sessionId).toBe(q.sessionId)
        expect(byId.get(id)?.sourceId).not.toBe(q.sourceId)
      }
      for (const id of q.echoes) expect(byId.get(id)?.sessionId).not.toBe(q.sessionId)
    }
    expect(quotesOf('factsheet-2022-xxxi').every((q) => q.corroboratedBy.length === 0)).toBe(true)
  })

  it.each([
    [
      [
        'factsheet-2022-xxxi',
        'The Head of State said measures need to be taken to strengthen the status',
      ],
      ['factsheet-2023-xxxii', 'At the same time, citizens who do not speak'],
    ],
    [
      [
        'factsheet-2022-xxxi',
        'President Kassym-Jomart Tokayev said that it is necessary to strengthen the role',
      ],
      ['factsheet-2023-xxxii', 'The Assembly has played an important role'],
    ],
    [
      ['factsheet-2022-xxxi', 'provocateurs will not be able to undermine'],
      ['factsheet-2023-xxxii', 'A key task for the Assembly is to prevent any provocations'],
    ],
  ] as [Ref, Ref][])('%j (2022) is echoed by %j (2023)', ([sa, ta], [sb, tb]) => {
    expect(linked(quote(sa, ta), quote(sb, tb), 'echoes')).toBe(true)
  })
})

describe('determinism', () => {
  it('gives byte-identical output for the same input, built at another time', () => {
    // `result` was built at the real time; this one on a faked clock years later.
    const again = atTime('2037-06-07T08:09:10.111Z', () => buildCorpus(readCorpusFolder(FOLDER)))
    expect(serializeCorpus(again.corpus)).toBe(serializeCorpus(result.corpus))
    // The file reads back as the very corpus the builder made, key for key.
    const read = decodeCorpusFile(JSON.parse(serializeCorpus(result.corpus)) as CorpusFile)
    expect(JSON.stringify(read)).toBe(JSON.stringify(result.corpus))
    const index = Buffer.from(serializeSearchIndex(result.corpus))
    expect(index.length).toBeGreaterThan(1000)
    expect(Buffer.from(serializeSearchIndex(again.corpus)).equals(index)).toBe(true)
  })
})
