import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/quotes/')({
  component: () => <PageHeading>Quotes</PageHeading>,
})
