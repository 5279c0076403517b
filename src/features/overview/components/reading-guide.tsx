import { KindLabel } from '@/components/corpus/kind-label'

/** A short note on how to read a statement: its kind, corroborations and echoes. */
export function ReadingGuide() {
  return (
    <dl className="grid gap-4 text-sm leading-relaxed text-slate-800 sm:grid-cols-2 dark:text-slate-200">
      <div>
        <dt>
          <KindLabel kind="direct" />
        </dt>
        <dd className="mt-1">
          The speaker’s own words, exactly as a source prints them between quotation marks. Shown in
          “curly quotes” with a solid rule.
        </dd>
      </div>
      <div>
        <dt>
          <KindLabel kind="reported" />
        </dt>
        <dd className="mt-1">
          A source’s account of what was said, in the source’s words (“The President noted that…”).
          No quotation marks, and a dashed rule. Quote it as reported speech.
        </dd>
      </div>
      <div>
        <dt className="font-semibold">Corroborated by</dt>
        <dd className="mt-1">
          Other documents that report the same statement at the same session. Each statement’s page
          compares their wording word by word, so you can see what differs.
        </dd>
      </div>
      <div>
        <dt className="font-semibold">Echoes</dt>
        <dd className="mt-1">
          The same point made at the other session: how the message changed from 2022 to 2023. Topic
          pages set them side by side.
        </dd>
      </div>
    </dl>
  )
}
