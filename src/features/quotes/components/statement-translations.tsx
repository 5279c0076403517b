import { Link } from '@tanstack/react-router'
import { textLinkClass } from '@/components/text-link-class'
import { StatementText } from '@/components/corpus/statement-text'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import { translationsOf } from '@/domain/corpus/translations'
import { useT } from '@/i18n/catalog'
import { statementMessages } from '../messages'

/**
 * The statement in the document's published translations (or in the original it translates):
 * “In Kazakh / In Russian / In English”, each in its own language (marked with `lang` for screen
 * readers and hyphenation) and linking to its own page. Nothing when there is none.
 */
export function StatementTranslations({
  model,
  quote,
  headingClass,
}: {
  model: CorpusModel
  quote: Quote
  headingClass: string
}) {
  const t = useT(statementMessages)
  const terms = useCorpusTerms()
  const translations = translationsOf(model, quote)
  if (translations.length === 0) return null
  return (
    <section aria-labelledby="quote-translations" className="space-y-4">
      <h2 id="quote-translations" className={headingClass}>
        {t('translations.heading')}
      </h2>
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
        {t('translations.note')}
      </p>
      <ul className="space-y-4">
        {translations.map(({ language, source, quotes }) => (
          <li key={source.id}>
            <article
              aria-labelledby={`translation-${source.id}`}
              className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <h3 id={`translation-${source.id}`} className="font-semibold">
                {t('translations.in', { lang: language })}
              </h3>
              <div className="mt-3 space-y-2">
                {quotes.map((other) => (
                  <StatementText key={other.id} kind={other.kind} lang={language}>
                    <Link
                      to="/quotes/$quoteId"
                      params={{ quoteId: other.id }}
                      className={textLinkClass}
                    >
                      {other.text}
                    </Link>
                  </StatementText>
                ))}
              </div>
              <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
                <Link
                  to="/sources/$sourceId"
                  params={{ sourceId: source.id }}
                  hash={`q-${quotes[0]?.id ?? ''}`}
                  className={textLinkClass}
                >
                  <cite lang={language} className="not-italic">
                    {source.title}
                  </cite>
                </Link>
                {', '}
                {terms.sourceKindName(source.kind)}, {terms.date(source.date)}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
