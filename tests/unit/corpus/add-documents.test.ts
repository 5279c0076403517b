import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../../src/domain/corpus/builder/build'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { makeCorpusFolder, meta, REPO, type Folder } from './corpus-folder'
import { readFileSync } from 'node:fs'

let folder: Folder | undefined
afterEach(() => folder?.cleanup())

const realSessions = JSON.parse(
  readFileSync(join(REPO, 'corpus/sessions.json'), 'utf8'),
) as unknown[]
const realTopics = JSON.parse(readFileSync(join(REPO, 'corpus/topics.json'), 'utf8')) as unknown

describe('pointing the builder at a folder with more documents', () => {
  it('adds them without code changes, and every existing quote keeps its id', () => {
    const before = buildCorpus(
      readCorpusFolder({
        sources: join(REPO, 'corpus/sources'),
        sessions: join(REPO, 'corpus/sessions.json'),
        topics: join(REPO, 'corpus/topics.json'),
      }),
    ).corpus

    folder = makeCorpusFolder({
      copyRealSources: true,
      // A new session needs only its entry in sessions.json.
      sessions: [
        ...realSessions,
        {
          id: '33',
          number: 33,
          roman: 'XXXIII',
          date: '2024-03-15',
          theme: 'A new theme',
          place: null,
        },
      ],
      topics: realTopics,
      documents: {
        // The speech itself, for an existing session: every sentence is his own words.
        'xxxii-transcript': {
          text: 'Speech of the Head of State at the XXXII session\n\nDear participants of the session!\n\nA new, more democratic model of government has been created in Kazakhstan. Citizens who do not speak the Kazakh language should not be infringed.',
          meta: meta('transcript-2023-xxxii', {
            kind: 'transcript',
            title: 'Speech at the XXXII session',
          }),
        },
        'xxxiii-article': {
          text: 'President Tokayev stressed that citizens who do not speak the Kazakh language should never be infringed. He said: “The Kazakh language unites us.”',
          meta: meta('article-2024-xxxiii', { sessionId: '33', date: '2024-03-15' }),
        },
      },
    })
    const after = buildCorpus(readCorpusFolder(folder)).corpus

    const afterById = new Map(after.quotes.map((q) => [q.id, q]))
    for (const q of before.quotes) {
      const same = afterById.get(q.id)
      expect(same, q.text).toBeDefined()
      expect([same?.sourceId, same?.text, same?.start]).toEqual([q.sourceId, q.text, q.start])
    }
    expect(after.sessions.map((s) => s.id)).toEqual(['31', '32', '33'])
    expect(after.quotes.length).toBeGreaterThan(before.quotes.length)

    // The transcript sentence is corroborated by the reports of the same point.
    const spoken = after.quotes.find(
      (q) => q.sourceId === 'transcript-2023-xxxii' && q.text.startsWith('A new, more democratic'),
    )
    expect(spoken?.kind).toBe('direct')
    const corroborating = spoken?.corroboratedBy.map((id) => afterById.get(id)?.sourceId)
    expect(corroborating).toContain('factsheet-2023-xxxii')
    expect(corroborating).toContain('press-release-2023-xxxii')
  })

  it('leaves the ids of one source’s quotes unchanged when another text of it is edited elsewhere', () => {
    const text = (extra: string) =>
      `The President believes that our society is a union of free and responsible citizens.\n\n${extra}He said: “Unity is our strength.”`
    const build = (body: string) => {
      folder?.cleanup()
      folder = makeCorpusFolder({ documents: { doc: { text: body, meta: meta('doc') } } })
      return buildCorpus(readCorpusFolder(folder)).corpus.quotes.map((q) => q.id)
    }
    const first = build(text(''))
    const second = build(
      text('Tokayev also stated that the Kazakh language unites every citizen of the country. '),
    )
    expect(second).toEqual(expect.arrayContaining(first))
    expect(second.length).toBe(first.length + 1)
  })
})

describe('the CLI folder defaults', () => {
  it('read an absent overrides file as no overrides', () => {
    folder = makeCorpusFolder({
      documents: {
        doc: {
          text: 'Tokayev stated that the Kazakh language unites every citizen.',
          meta: meta('doc'),
        },
      },
    })
    writeFileSync(join(folder.root, 'unrelated.txt'), 'not in sources')
    const inputs = readCorpusFolder({ ...folder, overrides: join(folder.root, 'missing.json') })
    expect(buildCorpus(inputs).report.unusedOverrides).toEqual([])
  })
})
