import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/sources/$sourceId')({
  component: () => <PageHeading>Source</PageHeading>,
})
