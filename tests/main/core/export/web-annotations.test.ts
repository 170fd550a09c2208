import { describe, expect, it } from 'vitest'
import { buildGlossExport, toWebAnnotations } from '../../../../src/main/core/export'
import { sliceCodePoints } from './export-helpers'
import { exportInput, ISSUE_ID } from './fixtures'

const exp = buildGlossExport(exportInput())
const collection = toWebAnnotations(exp)
const items = collection.first?.items ?? []
const byId = (id: string) => items.find((a) => a.id === `urn:gloss:annotation:${id}`)

describe('toWebAnnotations', () => {
  it('is an AnnotationCollection with the anno.jsonld context and one embedded page', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 4,
      generated: exp.exportedAt,
    })
    expect(collection.id).toMatch(/^urn:gloss:collection:[0-9a-f]{64}$/)
    expect(collection.label).toEqual(expect.any(String))
    expect(collection.first).toMatchObject({
      id: `${collection.id}:page:0`,
      type: 'AnnotationPage',
      partOf: collection.id,
      startIndex: 0,
    })
    expect(collection.last).toBe(collection.first?.id)
    expect(toWebAnnotations(exp)).toEqual(collection)
  })

  it('gives every annotation the required fields and both selectors, in code points', () => {
    const text = exp.issues[0].text
    for (const a of items) {
      expect(a.id).toMatch(/^urn:gloss:annotation:/)
      expect(a.type).toBe('Annotation')
      expect(a.created).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(a.modified).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(a.target.source).toBe(`urn:sha256:${ISSUE_ID}`)
      const [quote, position] = a.target.selector
      expect(quote.type).toBe('TextQuoteSelector')
      expect(position.type).toBe('TextPositionSelector')
      expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact)
      expect(text.includes(quote.prefix + quote.exact + quote.suffix)).toBe(true)
    }
  })

  it('tags with one TextualBody per theme and comments with the memo', () => {
    const growth = byId('a-growth')
    expect(growth?.motivation).toBe('tagging')
    expect(growth?.creator).toEqual({ type: 'Person', name: 'Li Wei' })
    expect(growth?.body).toEqual([
      {
        id: 'urn:gloss:theme:gdp-targets',
        type: 'TextualBody',
        purpose: 'tagging',
        value: '增长目标',
        format: 'text/plain',
        language: 'zh',
      },
      {
        id: 'urn:gloss:theme:employment',
        type: 'TextualBody',
        purpose: 'tagging',
        value: '就业',
        format: 'text/plain',
        language: 'zh',
      },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'He said "双过半", then, finally\nline two\r\nand "more"',
        format: 'text/plain',
      },
    ])
  })

  it('leaves out a comment body for an empty memo and tags in English on request', () => {
    const visit = toWebAnnotations(exp, { language: 'en' }).first?.items.find(
      (a) => a.id === 'urn:gloss:annotation:a-visit',
    )
    expect(visit?.body).toEqual([
      {
        id: 'urn:gloss:theme:economy',
        type: 'TextualBody',
        purpose: 'tagging',
        value: 'Economy',
        format: 'text/plain',
        language: 'en',
      },
    ])
  })

  it('motivates a themeless annotation by its memo, and a bare one as highlighting', () => {
    expect(byId('a-note')?.motivation).toBe('commenting')
    expect(byId('a-note')?.body?.map((b) => b.purpose)).toEqual(['commenting'])
    const bare = buildGlossExport(exportInput())
    bare.issues[0].annotations[0].memo = ''
    bare.issues[0].annotations[0].themes = []
    const [first] = toWebAnnotations(bare).first?.items ?? []
    expect(first.motivation).toBe('highlighting')
    expect(first).not.toHaveProperty('body')
  })

  it('omits the page of an empty collection', () => {
    const empty = toWebAnnotations(buildGlossExport(exportInput({ themeFilter: [] })))
    expect(empty.total).toBe(0)
    expect(empty).not.toHaveProperty('first')
  })
})
