/** Step 7 — validate: the shared schema, then the invariants it cannot express. */
import * as v from 'valibot'
import { checkCorpusIntegrity, CorpusSchema, type Corpus } from '../../schema'
import { CorpusBuildError, type Problem } from '../problems'

export function validateCorpus(corpus: Corpus): void {
  const parsed = v.safeParse(CorpusSchema, corpus)
  const problems: Problem[] = []
  const hint = 'this is a builder bug: please report it with the input that caused it'
  if (!parsed.success)
    for (const issue of parsed.issues.slice(0, 20))
      problems.push({
        file: '(built corpus)',
        message: `${v.getDotPath(issue) ?? ''}: ${issue.message}`,
        hint,
      })
  for (const message of checkCorpusIntegrity(corpus).slice(0, 20))
    problems.push({ file: '(built corpus)', message, hint })
  if (problems.length > 0) throw new CorpusBuildError(problems)
}
