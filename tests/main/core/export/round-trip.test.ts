import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  annotationKey,
  buildGlossExport,
  fromExportIssue,
  type GlossExport,
  type LibraryKeys,
  planImport,
  readGlossExport,
} from '../../../../src/main/core/export'
import type { Annotation, IssueDocument } from '../../../../src/shared/model'
import { ANNOTATIONS, CODEBOOK, DOCUMENT, ENTITIES, exportInput } from './fixtures'

const exp = buildGlossExport(exportInput())
const empty = (): LibraryKeys => ({
  issueIds: new Set(),
  annotationKeys: new Set(),
  themeIds: new Set(),
})
const keyOf = (a: Annotation) =>
  annotationKey(a.issueId, a.selector.start, a.selector.end, a.selector.exact, a.themeIds)
const withoutTime = ({ exportedAt: _, ...rest }: GlossExport) => rest

describe('round trip', () => {
  it('build → JSON → read → plan into an empty library → build again gives the same export', () => {
    const read = readGlossExport(JSON.parse(JSON.stringify(exp)))
    const plan = planImport(empty(), read)
    expect(plan.summary).toEqual({
      issuesAdded: 1,
      themesAdded: CODEBOOK.themes.length,
      annotationsAdded: ANNOTATIONS.length,
      duplicatesSkipped: 0,
      annotationsRejected: 0,
    })
    expect(plan.problems).toEqual([])
    expect(plan.themes).toEqual(CODEBOOK.themes)
    const { entities } = fromExportIssue(read.issues[0])
    const again = buildGlossExport({
      appVersion: '0.1.0',
      exportedAt: '2030-01-01T00:00:00.000Z',
      codebook: { themes: plan.themes },
      issues: plan.issues.map((document) => ({
        document,
        entities,
        annotations: plan.annotations.filter((a) => a.issueId === document.meta.id),
      })),
    })
    expect(withoutTime(again)).toEqual(withoutTime(exp))
  })

  it('gives back the UTF-16 model the export was made from (less the private source path)', () => {
    const back = fromExportIssue(exp.issues[0])
    const expected: IssueDocument = { ...DOCUMENT, meta: { ...DOCUMENT.meta, sourcePath: null } }
    expect(back.document).toEqual(expected)
    const sortById = (xs: Annotation[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id))
    expect(sortById(back.annotations)).toEqual(sortById(ANNOTATIONS))
    expect(new Set(back.entities)).toEqual(new Set(ENTITIES))
    for (const a of back.annotations) {
      expect(back.document.text.slice(a.selector.start, a.selector.end)).toBe(a.selector.exact)
    }
  })

  it('converts any offsets back exactly, astral characters or not', () => {
    const char = fc.constantFrom('文', 'a', '𠀀', '𡒄', '\n', '，', '😀')
    fc.assert(
      fc.property(
        fc.array(char, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (chars, x, y) => {
          const text = chars.join('')
          const [i, j] = [x % (chars.length + 1), y % (chars.length + 1)].sort((a, b) => a - b)
          const start = chars.slice(0, i).join('').length
          const end = chars.slice(0, j).join('').length
          const exact = text.slice(start, end)
          const id = createHash('sha256').update(text, 'utf8').digest('hex')
          const document: IssueDocument = {
            ...DOCUMENT,
            meta: { ...DOCUMENT.meta, id, charCount: chars.length },
            text,
            articles: [],
          }
          const annotation: Annotation = {
            ...ANNOTATIONS[0],
            issueId: id,
            selector: { start, end, exact, prefix: '', suffix: '' },
          }
          const out = buildGlossExport(
            exportInput({ issues: [{ document, entities: [], annotations: [annotation] }] }),
          )
          const a = out.issues[0].annotations[0]
          expect([a.start, a.end]).toEqual([i, j])
          expect(fromExportIssue(out.issues[0]).annotations[0].selector).toEqual(
            annotation.selector,
          )
        },
      ),
    )
  })
})

describe('planImport', () => {
  it('skips everything the second time', () => {
    const first = planImport(empty(), exp)
    const library: LibraryKeys = {
      issueIds: new Set(first.issues.map((d) => d.meta.id)),
      annotationKeys: new Set(first.annotations.map(keyOf)),
      themeIds: new Set(first.themes.map((t) => t.id)),
    }
    const second = planImport(library, exp)
    expect(second.summary).toEqual({
      issuesAdded: 0,
      themesAdded: 0,
      annotationsAdded: 0,
      duplicatesSkipped: ANNOTATIONS.length,
      annotationsRejected: 0,
    })
    expect([second.issues, second.themes, second.annotations, second.problems]).toEqual([
      [],
      [],
      [],
      [],
    ])
  })

  it('merges annotations into an issue the library already has, keeping their authors', () => {
    const library: LibraryKeys = {
      issueIds: new Set([DOCUMENT.meta.id]),
      annotationKeys: new Set([keyOf(ANNOTATIONS[0])]),
      themeIds: new Set(CODEBOOK.themes.map((t) => t.id)),
    }
    const plan = planImport(library, exp)
    expect(plan.issues).toEqual([])
    expect(plan.summary).toMatchObject({
      annotationsAdded: 3,
      duplicatesSkipped: 1,
      themesAdded: 0,
    })
    expect(plan.annotations.map((a) => [a.id, a.author]).sort()).toEqual([
      ['a-growth', 'Li Wei'],
      ['a-note', 'Li Wei'],
      ['a-visit', 'Zhang San'],
    ])
  })

  it('treats the same place, quote and themes as a duplicate, whatever the theme order or memo', () => {
    const reordered = buildGlossExport(
      exportInput({
        issues: [
          {
            document: DOCUMENT,
            entities: [],
            annotations: [
              {
                ...ANNOTATIONS[1],
                id: 'copy',
                memo: 'other',
                themeIds: ['employment', 'gdp-targets'],
              },
              ANNOTATIONS[1],
              { ...ANNOTATIONS[1], id: 'fewer-themes', themeIds: ['employment'] },
            ],
          },
        ],
      }),
    )
    const plan = planImport(empty(), reordered)
    expect(plan.summary).toMatchObject({ annotationsAdded: 2, duplicatesSkipped: 1 })
  })

  it('rejects an issue whose text was edited after export, and reports it', () => {
    const edited: GlossExport = JSON.parse(JSON.stringify(exp))
    edited.issues[0].text = edited.issues[0].text.replace('晨报讯', '晚报讯')
    const plan = planImport(empty(), edited)
    expect(plan.issues).toEqual([])
    expect(plan.annotations).toEqual([])
    expect(plan.summary.annotationsRejected).toBe(ANNOTATIONS.length)
    expect(plan.problems).toEqual([
      expect.objectContaining({ kind: 'issue-id-mismatch', issueId: DOCUMENT.meta.id }),
    ])
    expect(plan.problems[0].message).toMatch(/does not match its id/)
  })

  it('imports a misplaced quote as an orphan and drops an unknown theme, reporting both', () => {
    const odd: GlossExport = JSON.parse(JSON.stringify(exp))
    const [visit, growth] = odd.issues[0].annotations
    visit.start += 1
    growth.themes.push({ id: 'nowhere', name: null })
    const plan = planImport(empty(), odd)
    expect(plan.problems.map((p) => [p.kind, p.annotationId])).toEqual([
      ['quote-mismatch', 'a-visit'],
      ['unknown-theme', 'a-growth'],
    ])
    expect(plan.annotations.find((a) => a.id === 'a-visit')?.anchor).toBe('orphan')
    expect(plan.annotations.find((a) => a.id === 'a-growth')?.themeIds).toEqual([
      'gdp-targets',
      'employment',
    ])
  })

  it('keeps a new theme under a parent the library has, and lifts one whose parent is nowhere', () => {
    const partial: GlossExport = JSON.parse(JSON.stringify(exp))
    partial.codebook.themes = partial.codebook.themes.filter((t) => t.id !== 'livelihood')
    const plan = planImport({ ...empty(), themeIds: new Set(['economy']) }, partial)
    const parents = Object.fromEntries(plan.themes.map((t) => [t.id, t.parentId]))
    expect(parents).toEqual({
      growth: 'economy',
      'gdp-targets': 'growth',
      employment: null,
      ecology: null,
    })
  })
})
