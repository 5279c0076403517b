import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/topics/')({
  component: () => <PageHeading>Topics</PageHeading>,
})
