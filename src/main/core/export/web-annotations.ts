// The annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/):
// one AnnotationCollection whose single embedded AnnotationPage holds every annotation.
//
// Choices, where the model leaves room:
// - ids are stable URNs (`urn:gloss:annotation:<id>`), so re-exporting gives the same ids;
// - the target's source is `urn:sha256:<issue id>`: the issue is named by its text's hash;
// - positions are code points, as TextPositionSelector specifies (§4.2.4);
// - a theme is a TextualBody with `purpose: 'tagging'`, its name as `value` and the theme's
//   URN `urn:gloss:theme:<id>` as the body's `id` (a TextualBody has no `source`; one id per
//   theme lets consumers group tags whatever the language);
// - a non-empty memo is a TextualBody with `purpose: 'commenting'`;
// - motivation: `tagging` when there are themes, else `commenting` when there is a memo, else
//   `highlighting`; an annotation with neither has no body (the model allows that).

import { sha256Hex } from '../text/sha256-hex'
import type { ExportAnnotation, ExportIssue, GlossExport } from './export-format'

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

export interface TextualBody {
  id?: string
  type: 'TextualBody'
  purpose: 'tagging' | 'commenting'
  value: string
  format: 'text/plain'
  language?: string
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'tagging' | 'commenting' | 'highlighting'
  created: string
  modified: string
  creator?: { type: 'Person'; name: string }
  body?: TextualBody[]
  target: {
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

export interface AnnotationPage {
  id: string
  type: 'AnnotationPage'
  partOf: string
  startIndex: 0
  items: WebAnnotation[]
}

export interface AnnotationCollection {
  '@context': typeof CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  generator: { id: string; type: 'Software'; name: string }
  generated: string
  /** Absent when the collection is empty. */
  first?: AnnotationPage
  last?: string
}

export interface WebAnnotationOptions {
  /** Language of theme names in tagging bodies; default `zh` (falls back to the other one). */
  language?: 'zh' | 'en'
}

/**
 * Every annotation of the export as one W3C AnnotationCollection (JSON-LD, `@context` anno.jsonld),
 * positions in code points. The collection's id hashes the export time and annotation ids.
 */
export function toWebAnnotations(
  exp: GlossExport,
  options: WebAnnotationOptions = {},
): AnnotationCollection {
  const language = options.language ?? 'zh'
  const items = exp.issues.flatMap((issue) =>
    issue.annotations.map((a) => webAnnotation(issue, a, language)),
  )
  // The export time, then each annotation id on its own line.
  const idText = exp.exportedAt + items.map((item) => `\n${item.id}`).join('')
  const id = `urn:gloss:collection:${sha256Hex(idText)}`
  const pageId = `${id}:page:0`
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Gloss annotations: ${exp.issues.length} issue(s), exported ${exp.exportedAt}`,
    total: items.length,
    generator: { id: 'urn:gloss:app', type: 'Software', name: `Gloss ${exp.app.version}` },
    generated: exp.exportedAt,
    ...(items.length > 0
      ? {
          first: { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
          last: pageId,
        }
      : {}),
  }
}

function webAnnotation(
  issue: ExportIssue,
  a: ExportAnnotation,
  language: 'zh' | 'en',
): WebAnnotation {
  const other = language === 'zh' ? 'en' : 'zh'
  const tags: TextualBody[] = a.themes.map((t) => {
    const lang = t.name?.[language] ? language : t.name?.[other] ? other : undefined
    return {
      id: `urn:gloss:theme:${t.id}`,
      type: 'TextualBody',
      purpose: 'tagging',
      value: lang && t.name ? t.name[lang] : t.id,
      format: 'text/plain',
      ...(lang ? { language: lang } : {}),
    }
  })
  const comments: TextualBody[] =
    a.memo.trim() === ''
      ? []
      : [{ type: 'TextualBody', purpose: 'commenting', value: a.memo, format: 'text/plain' }]
  const body = [...tags, ...comments]
  return {
    id: `urn:gloss:annotation:${a.id}`,
    type: 'Annotation',
    motivation: tags.length > 0 ? 'tagging' : comments.length > 0 ? 'commenting' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(a.author ? { creator: { type: 'Person' as const, name: a.author } } : {}),
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: `urn:sha256:${issue.id}`,
      selector: [
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    },
  }
}
