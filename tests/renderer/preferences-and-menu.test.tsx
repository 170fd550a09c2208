import { act, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '../../src/shared/menu-commands'
import { findArticleTitle, renderApp } from './support/render-app'
import { buildIssue, issueId } from './support/fixtures'

let send: ((command: MenuCommand) => void) | null = null
const stop = vi.fn()

beforeEach(() => {
  window.glossMenu = {
    onCommand: (listener) => {
      send = listener
      return stop
    },
  }
})
afterEach(() => {
  delete window.glossMenu
  send = null
})

const issue = buildIssue({ id: issueId(1), paper: '测试日报', date: '2024-01-02' }, [
  { title: '标题', paragraphs: ['第一段正文。'] },
])

describe('the desktop menu', () => {
  it('runs Undo from the menu against the annotation history', async () => {
    const { api } = await renderApp({ issues: [issue], settings: { lastIssueId: issue.meta.id } })
    await screen.findByTestId('reader')
    await act(async () => send?.('undo'))
    await waitFor(() => expect(api.undo).toHaveBeenCalled())
  })

  it('leaves Undo to a text field that has focus', async () => {
    const execCommand = vi.fn(() => true)
    document.execCommand = execCommand
    const { api } = await renderApp({ issues: [issue], settings: { lastIssueId: issue.meta.id } })
    // Focus the field only once the issue has rendered, so nothing still loading can take focus.
    await findArticleTitle('标题')
    const field = document.createElement('textarea')
    document.body.append(field)
    field.focus()
    expect(document.activeElement).toBe(field)
    await act(async () => send?.('undo'))
    expect(execCommand).toHaveBeenCalledWith('undo')
    expect(api.undo).not.toHaveBeenCalled()
    field.remove()
  })

  it('opens the export dialog from File › Export…', async () => {
    await renderApp({ issues: [issue], settings: { lastIssueId: issue.meta.id } })
    await act(async () => send?.('export'))
    expect(await screen.findByTestId('export-dialog')).toBeInTheDocument()
  })
})

describe('the author preference', () => {
  it('is shown in the toolbar and changed there', async () => {
    const { api, user } = await renderApp({ issues: [issue], settings: { author: '研究者甲' } })
    const button = await screen.findByTestId('author-button')
    expect(button).toHaveTextContent('研究者甲')
    await user.click(button)
    const input = await screen.findByTestId('author-input')
    await user.clear(input)
    await user.type(input, '研究者乙')
    await user.click(screen.getByTestId('author-save'))
    await waitFor(() => expect(api.updateSettings).toHaveBeenCalledWith({ author: '研究者乙' }))
    expect(screen.getByTestId('author-button')).toHaveTextContent('研究者乙')
  })
})
