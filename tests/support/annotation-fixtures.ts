import type { Annotation } from '../../src/shared/model'

export const ISSUE_A = 'a'.repeat(64)

export function makeAnnotation(n: number, overrides: Partial<Annotation> = {}): Annotation {
  const at = new Date(Date.UTC(2024, 0, 1, 0, 0, n % 60)).toISOString()
  return {
    id: `ann-${n}`,
    issueId: ISSUE_A,
    selector: {
      start: n,
      end: n + 4,
      exact: '招商引资',
      prefix: '要以更大力度抓实',
      suffix: '。既要招引投资规模大',
    },
    themeIds: ['investment-attraction'],
    memo: `备忘 ${n}：“引号”, comma\nnew line`,
    author: '研究者',
    createdAt: at,
    updatedAt: at,
    anchor: 'anchored',
    ...overrides,
  }
}
