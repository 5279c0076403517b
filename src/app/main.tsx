import { RouterProvider } from '@tanstack/react-router'
import { StrictMode, startTransition, useLayoutEffect, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadFirstView } from './first-view'
import { router } from './router'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const container = root

/** Ends the prerendered page's `inert` in the commit that replaces its markup. */
function Live({ children }: { children: ReactNode }) {
  useLayoutEffect(() => container.removeAttribute('inert'), [])
  return children
}

// A prerendered page (see prerender.tsx) stays on screen, inert, until the app is live: the app
// waits for everything the view reads, so its first commit swaps in identical markup. Without
// one (a URL with a query, a view that is not prerendered) the corpus is not waited for: the
// view paints at once with its own loading states. The first render is a transition, which
// React renders in slices: no long task while the page is already on screen.
void loadFirstView(router, { withCorpus: container.firstElementChild !== null }).then(() => {
  const reactRoot = createRoot(container)
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <Live>
          <RouterProvider router={router} />
        </Live>
      </StrictMode>,
    ),
  )
})
