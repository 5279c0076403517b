import { afterEach, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../../src/domain/corpus/builder/build'
import { serializeCorpus } from '../../../scripts/corpus/write'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { makeCorpusFolder, meta, type Folder, type FolderSpec } from './corpus-folder'

// A short press release and its Russian translation, written for this test: the translator
// joined the second and third English sentences into one.
const ENGLISH = [
  'The Head of State said that the Assembly had held 1,200 events in 31 regions and cities.',
  'The President noted that the state language unites citizens of every ethnic group.',
  'The President proposed to open three new houses of friendship. The Head of State added that the houses will be built by 2026.',
  'The President also said that the Assembly will mark its anniversary next March.',
].join('\n\n')
const RUSSIAN = [
  'Глава государства сообщил, что Ассамблея провела 1 200 мероприятий в 31 регионе и городе.',
  'Президент отметил, что государственный язык объединяет граждан всех этносов.',
  'Президент предложил открыть три новых дома дружбы, которые, по его словам, будут построены до 2026 года.',
  'Президент также заявил, что Ассамблея отметит свой юбилей в марте следующего года.',
].join('\n\n')

let folder: Folder | undefined
afterEach(() => folder?.cleanup())

function build(spec: FolderSpec) {
  folder = makeCorpusFolder(spec)
  return buildCorpus(readCorpusFolder(folder))
}

const original = { text: ENGLISH, meta: meta('release-en', { kind: 'press-release' }) }
const translation = (overrides: Record<string, unknown> = {}) => ({
  text: RUSSIAN,
  meta: meta('release-ru', {
    kind: 'press-release',
    language: 'ru',
    translationOf: 'release-en',
    ...overrides,
  }),
})

const textsOf = (result: ReturnType<typeof build>) => {
  const text = new Map(result.corpus.quotes.map((q) => [q.id, q.text]))
  return (result.corpus.alignments ?? []).map((a) => ({
    original: a.original.map((id) => text.get(id)),
    translation: a.translation.map((id) => text.get(id)),
  }))
}

describe('a translation’s statements aligned with its original’s (translationOf)', () => {
  it('pairs each statement with its translation, two with one where the translator joined them', () => {
    const result = build({ documents: { en: original, ru: translation() } })
    const pairs = textsOf(result)
    expect(pairs).toContainEqual({
      original: [expect.stringContaining('1,200 events')],
      translation: [expect.stringContaining('1 200 мероприятий')],
    })
    expect(pairs).toContainEqual({
      original: [expect.stringContaining('state language')],
      translation: [expect.stringContaining('государственный язык')],
    })
    expect(pairs).toContainEqual({
      original: [expect.stringContaining('anniversary')],
      translation: [expect.stringContaining('юбилей')],
    })
    const joined = pairs.find((p) => p.translation.some((t) => t?.includes('дома дружбы')))
    expect(joined?.original).toEqual([
      expect.stringContaining('houses of friendship'),
      expect.stringContaining('built by 2026'),
    ])
    expect(result.report.warnings.filter((w) => /translat/.test(w.message))).toEqual([])
  })

  it('leaves the original’s quote ids as they were without the translation', () => {
    const alone = build({ documents: { en: original } })
    folder?.cleanup()
    const both = build({ documents: { en: original, ru: translation() } })
    const ids = (r: typeof alone) =>
      r.corpus.quotes.filter((q) => q.sourceId === 'release-en').map((q) => q.id)
    expect(ids(both)).toEqual(ids(alone))
    expect(alone.corpus.alignments).toEqual([])
  })

  it('gives byte-identical output build after build', () => {
    const once = serializeCorpus(build({ documents: { en: original, ru: translation() } }).corpus)
    folder?.cleanup()
    const twice = serializeCorpus(build({ documents: { ru: translation(), en: original } }).corpus)
    expect(twice).toBe(once)
    expect(once).toContain('"alignments":[{')
  })

  it('warns, and builds, when translationOf names no document of the corpus', () => {
    const result = build({
      documents: { en: original, ru: translation({ translationOf: 'release-kk' }) },
    })
    expect(result.corpus.alignments).toEqual([])
    expect(result.corpus.quotes.some((q) => q.sourceId === 'release-ru')).toBe(true)
    expect(result.report.warnings).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/ru\.meta\.json$/),
        message: expect.stringMatching(
          /"translationOf" names "release-kk", which is not a document/,
        ),
      }),
    )
  })

  it('warns, and builds, when translations go round in a circle', () => {
    const result = build({
      documents: {
        en: { ...original, meta: meta('release-en', { translationOf: 'release-ru' }) },
        ru: translation(),
      },
    })
    expect(result.corpus.alignments).toEqual([])
    const circles = result.report.warnings.filter((w) => /goes round in a circle/.test(w.message))
    expect(circles.map((w) => w.message)).toEqual([
      expect.stringContaining('release-en → release-ru → release-en'),
      expect.stringContaining('release-ru → release-en → release-ru'),
    ])
  })

  it('warns when a translation is in its original’s language', () => {
    const result = build({
      documents: {
        en: original,
        copy: { text: ENGLISH, meta: meta('copy', { translationOf: 'release-en' }) },
      },
    })
    expect(result.corpus.alignments).toEqual([])
    expect(result.report.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/in the same language \(en\)/),
    )
  })
})
