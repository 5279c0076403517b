import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/sessions/')({
  component: () => <PageHeading>Sessions</PageHeading>,
})
