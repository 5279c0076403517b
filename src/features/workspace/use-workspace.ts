import { useEffect } from 'react'
import { workspaceStore, type WorkspaceState } from './workspace-store'

/**
 * The workspace in a component: `useWorkspace((s) => s.documents)`. The first component that
 * asks loads it from IndexedDB (status 'idle' → 'loading' → 'ready' or 'failed').
 */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  useEffect(() => {
    if (workspaceStore.getState().status === 'idle') void workspaceStore.getState().load()
  }, [])
  return workspaceStore(selector)
}
