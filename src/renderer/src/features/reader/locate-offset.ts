/** The innermost run element (see selection-offsets.ts) whose text covers canonical `offset`. */
export function runAt(root: ParentNode, offset: number): HTMLElement | null {
  let found: HTMLElement | null = null
  for (const el of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(el.dataset.start)
    const end = start + (el.textContent?.length ?? 0)
    if (start <= offset && offset < end) found = el
    else if (start > offset) break
  }
  return found
}
