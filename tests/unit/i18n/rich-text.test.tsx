import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderRichText } from '@/i18n/rich-text'

describe('renderRichText', () => {
  it('wraps each numbered tag’s words in its element, in the translation’s order', () => {
    render(
      <p>
        {renderRichText('<1>темы</1> или <0>сессии</0>.', {
          0: <a href="/ru/sessions" />,
          1: <a href="/ru/topics" />,
        })}
      </p>,
    )
    expect(screen.getByRole('link', { name: 'сессии' })).toHaveAttribute('href', '/ru/sessions')
    expect(screen.getByRole('link', { name: 'темы' })).toHaveAttribute('href', '/ru/topics')
    expect(screen.getByRole('paragraph')).toHaveTextContent('темы или сессии.')
  })

  it('shows the words of a tag that has no element, and leaves text without tags alone', () => {
    render(<p>{renderRichText('a <7>b</7> c', {})}</p>)
    expect(screen.getByRole('paragraph')).toHaveTextContent('a b c')
    expect(screen.queryByRole('link')).toBeNull()
  })
})
