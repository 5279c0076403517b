import { CatchBoundary } from '@tanstack/react-router'
import { Suspense, use } from 'react'
import { loadCorpusSummary } from '@/features/corpus/load-corpus-summary'

function CorpusSummary() {
  const { sessions, sources, statementCount } = use(loadCorpusSummary())
  const ordered = [...sessions].sort((a, b) => a.number - b.number)
  return (
    <p>
      Corpus: {sessions.length} sessions ({ordered.map((s) => s.roman).join(', ')}),{' '}
      {sources.length} source documents, {statementCount} statements. Every statement is quoted
      verbatim from its source document; sources are factsheets, a press release and news articles
      as received, cleaned only of word-processor residue.
    </p>
  )
}

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        {/* The footer must never take the page down with it if the corpus fails to load. */}
        <CatchBoundary
          getResetKey={() => 'corpus-summary'}
          errorComponent={() => <p>The corpus summary is unavailable.</p>}
        >
          <Suspense fallback={<p>Loading corpus summary…</p>}>
            <CorpusSummary />
          </Suspense>
        </CatchBoundary>
        <p>
          Statements by President Kassym-Jomart Tokayev at the Assembly of People of Kazakhstan.
        </p>
      </div>
    </footer>
  )
}
