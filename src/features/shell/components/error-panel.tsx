import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'
import { useT } from '@/i18n/catalog'
import { shellMessages } from '../messages'

/** Shown instead of a blank page when a view throws: what happened, and a way on. */
export function ErrorPanel({ error, reset }: ErrorComponentProps) {
  const t = useT(shellMessages)
  const router = useRouter()
  const message = error instanceof Error ? error.message : String(error)
  // A loader's failure is cached by the router: retrying means re-running the loaders too.
  const retry = () => {
    reset()
    void router.invalidate()
  }
  return (
    <section role="alert" className="mx-auto max-w-2xl py-12">
      <PageHeading>{t('error.heading')}</PageHeading>
      <p className="mt-4 text-lg">{t('error.body')}</p>
      <pre className="mt-4 overflow-x-auto rounded bg-slate-100 p-3 text-sm whitespace-pre-wrap dark:bg-slate-900">
        {message}
      </pre>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={retry}
          className="rounded bg-cyan-800 px-3 py-2 text-white hover:bg-cyan-900 dark:bg-cyan-700"
        >
          {t('error.retry')}
        </button>
        <Link to="/" className="rounded border border-slate-300 px-3 py-2 dark:border-slate-700">
          {t('error.home')}
        </Link>
      </div>
    </section>
  )
}
