import { createFileRoute } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

export const Route = createFileRoute('/')({
  component: () => <PageHeading>Overview</PageHeading>,
})
