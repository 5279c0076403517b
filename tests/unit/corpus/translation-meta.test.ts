import { afterEach, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../../src/domain/corpus/builder/build'
import { CorpusBuildError } from '../../../src/domain/corpus/builder/problems'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { GOOD_TEXT, makeCorpusFolder, meta, type Folder, type FolderSpec } from './corpus-folder'

let folder: Folder | undefined
afterEach(() => folder?.cleanup())

function build(spec: FolderSpec) {
  folder = makeCorpusFolder(spec)
  return buildCorpus(readCorpusFolder(folder))
}

describe('a translation names the document it translates (translationOf)', () => {
  it('builds, with the original beside it', () => {
    const { corpus } = build({
      documents: {
        original: { text: GOOD_TEXT, meta: meta('speech') },
        translation: {
          text: GOOD_TEXT,
          meta: meta('speech-copy', { translationOf: 'speech' }),
        },
      },
    })
    expect(corpus.sources.map((s) => s.id).sort()).toEqual(['speech', 'speech-copy'])
  })

  it('stops the build when translationOf is not a document id, naming the field', () => {
    try {
      build({
        documents: {
          doc: { text: GOOD_TEXT, meta: meta('doc', { translationOf: 'Speech in Russian' }) },
        },
      })
    } catch (error) {
      if (!(error instanceof CorpusBuildError)) throw error
      const messages = error.problems.map((p) => p.message).join('\n')
      expect(messages).toMatch(/translationOf/)
      return
    }
    throw new Error('the build did not stop')
  })
})
