import { CatchBoundary } from '@tanstack/react-router'
import { Suspense, use } from 'react'
import { loadCorpusSummary } from '@/features/corpus/load-corpus-summary'
import { useT } from '@/i18n/catalog'
import { shellMessages } from '../messages'

function CorpusSummary() {
  const t = useT(shellMessages)
  const { sessions, sources, statementCount } = use(loadCorpusSummary())
  const ordered = [...sessions].sort((a, b) => a.number - b.number)
  return (
    <p>
      {t('footer.corpus', {
        sessions: sessions.length,
        romans: ordered.map((s) => s.roman).join(', '),
        sources: sources.length,
        statements: statementCount,
      })}
    </p>
  )
}

export function SiteFooter() {
  const t = useT(shellMessages)
  return (
    <footer className="mt-16 border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        {/* The footer must never take the page down with it if the corpus fails to load. */}
        <CatchBoundary
          getResetKey={() => 'corpus-summary'}
          errorComponent={() => <p>{t('footer.unavailable')}</p>}
        >
          <Suspense fallback={<p>{t('footer.loading')}</p>}>
            <CorpusSummary />
          </Suspense>
        </CatchBoundary>
        <p>{t('footer.about')}</p>
      </div>
    </footer>
  )
}
