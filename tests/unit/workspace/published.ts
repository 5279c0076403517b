/** The published corpus and its build inputs, as the /add page's worker has them. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeCorpusFile, type CorpusFile } from '../../../src/domain/corpus/corpus-file'
import { REPO } from '../corpus/corpus-folder'

export const published = {
  corpus: decodeCorpusFile(
    JSON.parse(readFileSync(join(REPO, 'src/generated/corpus.json'), 'utf8')) as CorpusFile,
  ),
  topics: JSON.parse(readFileSync(join(REPO, 'corpus/topics.json'), 'utf8')) as unknown,
  overrides: JSON.parse(readFileSync(join(REPO, 'corpus/overrides.json'), 'utf8')) as unknown,
}

export const ARTICLE = `Head of State sets out the Assembly's tasks

ASTANA, 27 April 2023 – From the XXXII session of the Assembly of People of Kazakhstan.

The meeting took place in the Palace of Peace and Reconciliation.

President Kassym-Jomart Tokayev said that a new national identity has been formed in Kazakhstan over the years of independence.

“Every citizen must work for the unity of our people,” the President said.`

/** A draft of ARTICLE, as the /add page describes it. */
export const DRAFT = {
  id: 'article-2023-xxxii-test',
  title: 'A test article',
  kind: 'article' as const,
  date: '2023-04-27',
  sessionId: '32',
  language: 'en',
  text: ARTICLE,
}
