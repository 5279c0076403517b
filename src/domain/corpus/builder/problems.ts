/**
 * Build problems: what is wrong, where (file and line), and what to do about it. The build
 * collects every problem it can find before stopping, so one run shows them all.
 */

export interface Problem {
  /** The file at fault, as the user named it (e.g. corpus/sources/x.txt). */
  file: string
  /** 1-based line in that file, where there is one. */
  line?: number
  message: string
  /** What to do about it. */
  hint: string
}

export class CorpusBuildError extends Error {
  readonly problems: readonly Problem[]
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'CorpusBuildError'
    this.problems = problems
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n  → ${p.hint}`
}

/** Throws when there are problems; nothing may be written after a problem. */
export function stopOnProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new CorpusBuildError(problems)
}
