import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readMsra, readPfr, readPfrLine, splitPfr } from '../../tools/ner-train/corpus'
import { addDocument, emptyScore, prf } from '../../tools/ner-train/score'

// Invented lines in the PFR 1998 format (word/tag, [..]nt compounds, ids with /m).
const spansOf = (line: string) => {
  const { text, spans } = readPfrLine(line.split(/\s+/))
  return spans.map((s) => `${text.slice(s.start, s.end)}/${s.type}`)
}

describe('reading PFR 1998', () => {
  it.each([
    ['柯/nr  一帆/nr  说/v', ['柯一帆/PER']],
    ['欧阳/nr  晓岚/nr  到/v  泓川/ns', ['欧阳晓岚/PER', '泓川/LOC']],
    ['柯/nr  、/w  鲍/nr  来/v', ['柯/PER', '鲍/PER']],
    ['[泓川/ns  青禾/nz  研究院/n]nt  成立/v', ['泓川青禾研究院/ORG']],
    ['[泓川/ns  大道/n]ns  通车/v', ['泓川大道/LOC']],
    ['[泓川/ns  牌/n]nz  产品/n', ['泓川/LOC']],
    ['澜岳县/ns  农科所/nt', ['澜岳县/LOC', '农科所/ORG']],
  ])('%s', (line, expected) => {
    expect(spansOf(line)).toEqual(expected)
  })

  it('decodes GBK, groups lines into articles by id and splits them by date', async () => {
    const lines = [
      '19980103-01-001-001/m  柯/nr  一帆/nr  说/v',
      '19980103-01-001-002/m  泓川/ns  下雨/v',
      '19980123-02-004-001/m  鲍/nr  雨桐/nr',
      '19980127-05-002-001/m  [澜岳/ns  农科所/n]nt',
      '',
    ]
    const dir = await mkdtemp(join(tmpdir(), 'gloss-pfr-'))
    const file = join(dir, '199801.txt')
    await writeFile(file, iconv.encode(lines.join('\r\n'), 'gbk'))
    const docs = readPfr(file)
    expect(docs.map((d) => d.text)).toEqual(['柯一帆说\n泓川下雨', '鲍雨桐', '澜岳农科所'])
    expect(docs[0].spans.map((s) => docs[0].text.slice(s.start, s.end))).toEqual(['柯一帆', '泓川'])
    const split = splitPfr(docs)
    expect([split.train.length, split.dev.length, split.test.length]).toEqual([1, 1, 1])
  })

  it('reads MSRA BIO sentences', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-msra-'))
    const file = join(dir, 'msra.txt')
    await writeFile(file, '柯\tB-PER\n一\tI-PER\n在\tO\n泓\tB-LOC\n川\tI-LOC\n\n好\tO\n')
    const docs = readMsra(file)
    expect(docs.map((d) => d.text)).toEqual(['柯一在泓川', '好'])
    expect(docs[0].spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 5, type: 'LOC' },
    ])
  })
})

describe('scoring', () => {
  it('counts exact spans per type and tells wrong types from wrong boundaries', () => {
    const score = emptyScore()
    addDocument(
      score,
      [
        { start: 0, end: 3, type: 'PER' },
        { start: 5, end: 8, type: 'LOC' },
        { start: 10, end: 14, type: 'ORG' },
      ],
      [
        { start: 0, end: 3, type: 'PER' },
        { start: 5, end: 8, type: 'ORG' },
        { start: 10, end: 12, type: 'ORG' },
        { start: 20, end: 22, type: 'PER' },
      ],
    )
    expect(prf(score.byType.PER)).toEqual({ p: 0.5, r: 1, f: 2 / 3 })
    expect(score.wrongType.get('LOC→ORG')).toBe(1)
    expect(score.wrongBoundary.ORG).toBe(1)
    expect(score.spurious.PER).toBe(1)
  })
})
