// The line of an article a structure correction addresses, read from the reader's markup:
// each part element carries `data-part-role` and `data-start`, its article `data-article-index`
// and `data-article-start` (see ArticleView).
import { structureRoles, type StructureRole } from '../../../../shared/model'

export interface PartTarget {
  /** UTF-16 start offset of the part in the canonical text: what a correction addresses. */
  at: number
  role: StructureRole
  articleIndex: number
  /** The article starts at this part (it can be merged with the previous one). */
  firstInArticle: boolean
}

export function partElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null)
  return element?.closest<HTMLElement>('[data-part-role]') ?? null
}

export function partTargetOf(part: HTMLElement): PartTarget | null {
  const article = part.closest<HTMLElement>('[data-article-index]')
  const role = part.dataset.partRole as StructureRole | undefined
  if (!article || !role || !structureRoles.includes(role)) return null
  const at = Number(part.dataset.start)
  return {
    at,
    role,
    articleIndex: Number(article.dataset.articleIndex),
    firstInArticle: Number(article.dataset.articleStart) === at,
  }
}
