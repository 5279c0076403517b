import * as v from 'valibot'

/**
 * What a failed schema check found, for a person: the first few problems, each with where it is
 * (`statements.start: must list whole numbers ≥ 0`). Every loader that refuses a file says it
 * this way.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join('; ')
}
