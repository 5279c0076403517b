import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { IgnoredParamsNotice } from '@/components/ignored-params-notice'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import type { IgnoredParam } from '@/domain/filters/quote-filters'
import { useT } from '@/i18n/catalog'
import { wordsMessages } from '../messages'

/**
 * The frame of a reading tool: its heading and what it does, a link to the other tool, what
 * the URL held that was not used, then the tool.
 */
export function ToolPage({
  tool,
  ignored,
  children,
}: {
  tool: 'kwic' | 'trends'
  ignored: readonly IgnoredParam[]
  children: ReactNode
}) {
  const t = useT(wordsMessages)
  const other = tool === 'kwic' ? 'trends' : 'kwic'
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <PageHeading eyebrow={t('eyebrow')}>{t(`${tool}.title`)}</PageHeading>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">{t(`${tool}.intro`)}</p>
        <p className="text-sm">
          <Link to={`/${other}`} className={textLinkClass}>
            {t(`otherTool.${other}`)}
          </Link>
        </p>
      </header>
      <IgnoredParamsNotice ignored={ignored} />
      {children}
    </div>
  )
}
