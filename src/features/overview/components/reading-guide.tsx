import { KindLabel } from '@/components/corpus/kind-label'
import { useT } from '@/i18n/catalog'
import { overviewMessages } from '../messages'

/** A short note on how to read a statement: its kind, corroborations and echoes. */
export function ReadingGuide() {
  const t = useT(overviewMessages)
  return (
    <dl className="grid gap-4 text-sm leading-relaxed text-slate-800 sm:grid-cols-2 dark:text-slate-200">
      <div>
        <dt>
          <KindLabel kind="direct" />
        </dt>
        <dd className="mt-1">{t('guide.direct')}</dd>
      </div>
      <div>
        <dt>
          <KindLabel kind="reported" />
        </dt>
        <dd className="mt-1">{t('guide.reported')}</dd>
      </div>
      <div>
        <dt className="font-semibold">{t('guide.corroborated')}</dt>
        <dd className="mt-1">{t('guide.corroboratedText')}</dd>
      </div>
      <div>
        <dt className="font-semibold">{t('guide.echoes')}</dt>
        <dd className="mt-1">{t('guide.echoesText')}</dd>
      </div>
    </dl>
  )
}
