/** The entity types the tagger learns, in the order their tags are numbered. */
export const taggedTypes = ['PER', 'LOC', 'ORG'] as const
export type TaggedType = (typeof taggedTypes)[number]

/**
 * How a span is written as one tag per character. BIO: B-X, I-X, O. BIOES adds E-X (last)
 * and S-X (single). Tag 0 is always O; type k's tags follow in the order of `parts`.
 */
export type SchemeName = 'BIO' | 'BIOES'

export interface TagScheme {
  readonly name: SchemeName
  /** Tag count, O included. */
  readonly size: number
  /** 1 where the transition from tag `a` to tag `b` is allowed, at `a * size + b`. */
  readonly allowed: Uint8Array
  /** 1 where a sequence may start / end with the tag. */
  readonly allowedStart: Uint8Array
  readonly allowedEnd: Uint8Array
  /** For each tag, the tags allowed before it / after it (the same facts as `allowed`). */
  readonly before: readonly Uint8Array[]
  readonly after: readonly Uint8Array[]
  /** Writes `[start, end)` of type index `type` into `tags`. */
  encode(tags: Uint8Array, start: number, end: number, type: number): void
  /** Spans read back from a tag sequence the constraints allow. */
  decode(tags: ArrayLike<number>): { start: number; end: number; type: number }[]
}

type Part = 'B' | 'I' | 'E' | 'S'

export function tagScheme(name: SchemeName): TagScheme {
  const parts: Part[] = name === 'BIO' ? ['B', 'I'] : ['B', 'I', 'E', 'S']
  const size = 1 + taggedTypes.length * parts.length
  const tagOf = (type: number, part: Part): number => 1 + type * parts.length + parts.indexOf(part)
  const partOf = (tag: number): Part | 'O' => (tag === 0 ? 'O' : parts[(tag - 1) % parts.length])
  const typeOf = (tag: number): number => Math.floor((tag - 1) / parts.length)
  // Whether a span is open after the tag (it must continue) and whether a tag continues one.
  const opens = (p: Part | 'O'): boolean => (name === 'BIO' ? false : p === 'B' || p === 'I')
  const continues = (p: Part | 'O'): boolean => p === 'I' || p === 'E'

  const allowed = new Uint8Array(size * size)
  const allowedStart = new Uint8Array(size)
  const allowedEnd = new Uint8Array(size)
  for (let a = 0; a < size; a++) {
    const pa = partOf(a)
    allowedStart[a] = continues(pa) ? 0 : 1
    allowedEnd[a] = opens(pa) ? 0 : 1
    for (let b = 0; b < size; b++) {
      const pb = partOf(b)
      let ok: boolean
      if (continues(pb)) ok = pa !== 'O' && pa !== 'S' && pa !== 'E' && typeOf(a) === typeOf(b)
      else ok = !opens(pa)
      allowed[a * size + b] = ok ? 1 : 0
    }
  }

  const before: Uint8Array[] = []
  const after: Uint8Array[] = []
  for (let t = 0; t < size; t++) {
    const b: number[] = []
    const a: number[] = []
    for (let o = 0; o < size; o++) {
      if (allowed[o * size + t]) b.push(o)
      if (allowed[t * size + o]) a.push(o)
    }
    before.push(Uint8Array.from(b))
    after.push(Uint8Array.from(a))
  }

  return {
    name,
    size,
    allowed,
    before,
    after,
    allowedStart,
    allowedEnd,
    encode(tags, start, end, type) {
      if (name === 'BIOES' && end - start === 1) {
        tags[start] = tagOf(type, 'S')
        return
      }
      tags[start] = tagOf(type, 'B')
      for (let k = start + 1; k < end; k++) tags[k] = tagOf(type, 'I')
      if (name === 'BIOES') tags[end - 1] = tagOf(type, 'E')
    },
    decode(tags) {
      const out: { start: number; end: number; type: number }[] = []
      let start = -1
      let type = -1
      const close = (end: number): void => {
        if (start >= 0) out.push({ start, end, type })
        start = -1
      }
      for (let i = 0; i < tags.length; i++) {
        const p = partOf(tags[i])
        if (p === 'O') close(i)
        else if (p === 'B' || p === 'S' || typeOf(tags[i]) !== type || start < 0) {
          close(i)
          start = i
          type = typeOf(tags[i])
        }
        if (p === 'S' || p === 'E') close(i + 1)
      }
      close(tags.length)
      return out
    },
  }
}
