import { useMatch } from '@tanstack/react-router'
import type { ReactNode } from 'react'

/**
 * The page's one h1. It takes focus after each navigation (see useFocusOnNavigate),
 * so keyboard and screen-reader users land on the new view's title.
 */
export function PageHeading({ children, eyebrow }: { children: ReactNode; eyebrow?: ReactNode }) {
  // The path of the page this heading belongs to, so focus waits for the right one.
  const path = useMatch({ strict: false, select: (match) => match.pathname })
  return (
    <div>
      {eyebrow ? (
        <p className="text-sm font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
          {eyebrow}
        </p>
      ) : null}
      <h1
        tabIndex={-1}
        data-page-heading={path}
        className="font-serif text-3xl font-semibold tracking-tight outline-none sm:text-4xl"
      >
        {children}
      </h1>
    </div>
  )
}
