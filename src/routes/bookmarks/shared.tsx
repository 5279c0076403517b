import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/bookmarks/shared')({
  component: () => <PageHeading>Shared collection</PageHeading>,
})
