import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { EntityMention, IssueDocument } from '../../src/shared/model'
import { ArticleView } from '../../src/renderer/src/features/reader/ArticleView'
import { selectionToOffsets } from '../../src/renderer/src/features/reader/selection-offsets'
import { splitRuns } from '../../src/renderer/src/features/reader/split-runs'
import { buildIssue, issueId } from './support/fixtures'

const doc: IssueDocument = buildIssue({ id: issueId(7) }, [
  {
    title: '𠀀字标题',
    paragraphs: ['𠀀市委书记刘越高在衡阳市调研。', '市长朱健主持会议,刘越高讲话。'],
  },
])

function mention(text: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = doc.text.indexOf(text, from)
  return { start, end: start + text.length, text, type, source: 'rule' }
}

const mentions = [
  mention('市委书记', 'title'),
  mention('刘越高', 'person'),
  mention('衡阳市', 'place'),
  mention('朱健', 'person'),
  mention('刘越高', 'person', doc.text.indexOf('朱健')),
].sort((a, b) => a.start - b.start)

function renderArticle() {
  const view = render(
    <div data-testid="body">
      <ArticleView
        article={doc.articles[0]}
        index={0}
        current={false}
        mentions={mentions}
        activeStart={null}
      />
    </div>,
  )
  return view.getByTestId('body')
}

/** The text node holding canonical offset `offset`, and the offset inside it. */
function pointAt(root: Element, offset: number): [Text, number] {
  for (const el of root.querySelectorAll<HTMLElement>('span[data-start]')) {
    const start = Number(el.dataset.start)
    const node = el.firstChild as Text
    if (start <= offset && offset < start + node.data.length) return [node, offset - start]
  }
  throw new Error(`no run at ${offset}`)
}

function select(start: [Node, number], end: [Node, number]): Selection {
  const range = document.createRange()
  range.setStart(...start)
  range.setEnd(...end)
  const selection = window.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  return selection
}

describe('splitRuns', () => {
  it('splits a part into plain and mention runs whose texts concatenate to the part', () => {
    const part = doc.articles[0].paragraphs[0]
    const runs = splitRuns(part, mentions)
    expect(runs.map((r) => r.text).join('')).toBe(part.text)
    expect(runs.filter((r) => r.mention).map((r) => r.text)).toEqual([
      '市委书记',
      '刘越高',
      '衡阳市',
    ])
    for (const r of runs) expect(doc.text.slice(r.start, r.end)).toBe(r.text)
  })

  it('clips a mention that crosses the part boundary', () => {
    const part = doc.articles[0].title
    const crossing: EntityMention = {
      start: part.end - 2,
      end: part.end + 3,
      text: doc.text.slice(part.end - 2, part.end + 3),
      type: 'term',
      source: 'model',
    }
    const runs = splitRuns(part, [crossing])
    expect(runs.map((r) => r.text).join('')).toBe(part.text)
    expect(runs.at(-1)).toMatchObject({ start: part.end - 2, end: part.end, text: '标题' })
  })
})

describe('selectionToOffsets', () => {
  it('maps a selection across two paragraphs, ending inside a highlight', () => {
    const root = renderArticle()
    const start = doc.text.indexOf('调研')
    const end = doc.text.indexOf('朱健') + 1 // inside the 朱健 highlight
    const selection = select(pointAt(root, start), pointAt(root, end))
    expect(selection.toString()).toBe('调研。市长朱')
    expect(selectionToOffsets(selection, root)).toEqual({ start, end })
    expect(doc.text.slice(start, end)).toBe('调研。\n\n市长朱')
  })

  it('counts an astral character before the selection as two code units', () => {
    const root = renderArticle()
    const start = doc.text.indexOf('刘越高')
    const end = doc.text.indexOf('衡阳市') + 3
    expect(doc.text.slice(0, start)).toContain('𠀀')
    const selection = select(pointAt(root, start + 1), pointAt(root, end - 1))
    expect(selectionToOffsets(selection, root)).toEqual({ start: start + 1, end: end - 1 })
    expect(doc.text.slice(start + 1, end - 1)).toBe('越高在衡阳')
  })

  it('maps element boundaries (a whole paragraph, as a triple click selects it)', () => {
    const root = renderArticle()
    const [paragraph] = root.querySelectorAll('[data-testid="paragraph"]')
    const range = document.createRange()
    range.selectNodeContents(paragraph)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    const part = doc.articles[0].paragraphs[0]
    expect(selectionToOffsets(selection, root)).toEqual({ start: part.start, end: part.end })
  })

  it('clips a selection that starts outside the text to its first character', () => {
    const root = renderArticle()
    const outside = document.createElement('p')
    outside.textContent = 'header'
    root.before(outside)
    const end = doc.text.indexOf('字')
    const selection = select([outside.firstChild!, 2], pointAt(root, end))
    expect(selectionToOffsets(selection, root)).toEqual({ start: 0, end })
    outside.remove()
  })

  it('returns null for a collapsed or empty selection', () => {
    const root = renderArticle()
    const at = pointAt(root, 3)
    expect(selectionToOffsets(select(at, at), root)).toBeNull()
    window.getSelection()!.removeAllRanges()
    expect(selectionToOffsets(window.getSelection()!, root)).toBeNull()
  })
})
