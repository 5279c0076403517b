import english from 'virtual:messages/en/workspace'
import type Source from '@/i18n/messages/en/workspace.json'
import { defineCatalog } from '@/i18n/catalog'

/** The workspace: saved documents, their export and import, and storage failures. */
export const workspaceMessages = defineCatalog<typeof Source>('workspace', english)
