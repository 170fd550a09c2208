import { getEngine } from '../../src/main/engines/engine-registry'
import { segmentText } from '../../src/main/core/entities/segment-text'
import { tagEntities } from '../../src/main/core/entities/tagger/tag-entities'
import { taggedTypes } from '../../src/main/core/entities/tagger/tag-scheme'
import type { TaggerModel } from '../../src/main/core/entities/tagger/tagger-model'
import type { GoldDocument, GoldSpan } from './corpus'
import { addDocument, emptyScore, type Score } from './score'

/** The tagger alone on `docs`, through exactly the inference path the app runs. */
export function scoreTagger(docs: readonly GoldDocument[], model: TaggerModel): Score {
  const engine = getEngine('jieba')
  const score = emptyScore()
  for (const doc of docs) {
    const seg = segmentText(doc.text, engine)
    const found: GoldSpan[] = tagEntities(doc.text, seg, model).map((s) => ({
      start: s.start,
      end: s.end,
      type: taggedTypes[s.type],
    }))
    addDocument(score, doc.spans, found)
  }
  return score
}
