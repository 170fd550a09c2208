// Readers for the two public corpora: PFR 1998 (People's Daily, POS-tagged by Peking
// University ICL and Fujitsu) for training and testing, MSRA (SIGHAN 2006) for testing only.
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import type { TaggedType } from '../../src/main/core/entities/tagger/tag-scheme'

export interface GoldSpan {
  start: number
  end: number
  type: TaggedType
}

/** One text to tag: a PFR article (its paragraphs joined by \n) or an MSRA sentence. */
export interface GoldDocument {
  id: string
  /** yyyymmdd for PFR, '' for MSRA. */
  date: string
  text: string
  spans: GoldSpan[]
}

const compoundTypes: Record<string, TaggedType> = { nt: 'ORG', ns: 'LOC' }
const wordTypes: Record<string, TaggedType> = { nr: 'PER', ns: 'LOC', nt: 'ORG' }

interface Word {
  text: string
  tag: string
}

/**
 * One PFR line (after its id) to text and spans: `ns`/`nt` words and `[...]nt`/`[...]ns`
 * compounds are places and organisations (the compound as a whole, its parts not apart);
 * a surname and a given-name `nr` written as two words (江/nr 泽民/nr) are one person.
 */
export function readPfrLine(tokens: readonly string[]): { text: string; spans: GoldSpan[] } {
  let text = ''
  const spans: GoldSpan[] = []
  let compound: { start: number; words: Word[] } | null = null
  let pendingName: { start: number; end: number; parts: number; lastLen: number } | null = null
  const flushName = (): void => {
    if (pendingName) spans.push({ start: pendingName.start, end: pendingName.end, type: 'PER' })
    pendingName = null
  }
  for (const raw of tokens) {
    let token = raw
    const opens = token.startsWith('[') && token.length > 1
    if (opens) token = token.slice(1)
    const close = /\]([A-Za-z]+)$/.exec(token)
    if (close) token = token.slice(0, close.index)
    const slash = token.lastIndexOf('/')
    if (slash <= 0) continue
    const word: Word = { text: token.slice(0, slash), tag: token.slice(slash + 1) }
    const start = text.length
    text += word.text
    if (opens) compound = { start, words: [] }
    if (compound) {
      compound.words.push(word)
      if (close) {
        const type = compoundTypes[close[1]]
        if (type) {
          flushName()
          spans.push({ start: compound.start, end: text.length, type })
        } else addWords(compound.start, compound.words)
        compound = null
      }
      continue
    }
    addWords(start, [word])
  }
  flushName()
  return { text, spans }

  function addWords(at: number, words: readonly Word[]): void {
    for (const w of words) {
      const start = at
      const end = at + w.text.length
      at = end
      const type = wordTypes[w.tag]
      if (type === 'PER') {
        const len = w.text.length
        // Surname (1–2 chars) followed directly by a given name (1–2 chars).
        if (
          pendingName &&
          pendingName.end === start &&
          pendingName.parts === 1 &&
          pendingName.lastLen <= 2 &&
          len <= 2
        ) {
          pendingName.end = end
          pendingName.parts = 2
          pendingName.lastLen = len
          continue
        }
        flushName()
        pendingName = { start, end, parts: 1, lastLen: len }
        continue
      }
      flushName()
      if (type) spans.push({ start, end, type })
    }
  }
}

/** PFR 1998 (GBK, CRLF): one article per id prefix (date-page-article), in file order. */
export function readPfr(path: string): GoldDocument[] {
  const lines = iconv.decode(readFileSync(path), 'gbk').split(/\r?\n/)
  const docs: GoldDocument[] = []
  let current: GoldDocument | null = null
  for (const line of lines) {
    const tokens = line.trim().split(/\s+/)
    const id = /^(\d{8}-\d{2}-\d{3})-\d{3}\/m$/.exec(tokens[0] ?? '')
    if (!id) continue
    const { text, spans } = readPfrLine(tokens.slice(1))
    if (!text) continue
    if (!current || current.id !== id[1]) {
      current = { id: id[1], date: id[1].slice(0, 8), text: '', spans: [] }
      docs.push(current)
    } else current.text += '\n'
    const offset = current.text.length
    current.text += text
    for (const s of spans)
      current.spans.push({ ...s, start: s.start + offset, end: s.end + offset })
  }
  return docs
}

/** The date split: train Jan 1–22, dev Jan 23–24, test Jan 25–31 (no test article is seen). */
export function splitPfr(
  docs: readonly GoldDocument[],
): Record<'train' | 'dev' | 'test', GoldDocument[]> {
  const day = (d: GoldDocument): number => Number(d.date.slice(6, 8))
  return {
    train: docs.filter((d) => day(d) <= 22),
    dev: docs.filter((d) => day(d) >= 23 && day(d) <= 24),
    test: docs.filter((d) => day(d) >= 25),
  }
}

/** MSRA BIO: one character and tag per line, sentences separated by blank lines. */
export function readMsra(path: string): GoldDocument[] {
  const docs: GoldDocument[] = []
  let text = ''
  let tags: string[] = []
  const flush = (): void => {
    if (text) docs.push({ id: `msra-${docs.length}`, date: '', text, spans: bioSpans(tags) })
    text = ''
    tags = []
  }
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const m = /^(\S+)\s+(\S+)$/.exec(line)
    if (!m) {
      flush()
      continue
    }
    // One "character" per line; keep offsets per UTF-16 unit by tagging each unit.
    for (let k = 0; k < m[1].length; k++) tags.push(k === 0 ? m[2] : m[2].replace(/^B-/, 'I-'))
    text += m[1]
  }
  flush()
  return docs
}

function bioSpans(tags: readonly string[]): GoldSpan[] {
  const spans: GoldSpan[] = []
  let open: GoldSpan | null = null
  tags.forEach((tag, i) => {
    const m = /^([BI])-(PER|LOC|ORG)$/.exec(tag)
    if (open && (!m || m[1] === 'B' || m[2] !== open.type)) {
      open.end = i
      spans.push(open)
      open = null
    }
    if (m && !open) open = { start: i, end: i, type: m[2] as TaggedType }
  })
  if (open) {
    ;(open as GoldSpan).end = tags.length
    spans.push(open)
  }
  return spans
}
