// End to end: the real renderer in real headless Chromium against `npm run web`'s host, real
// services and a real library folder on disk.
import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../support/temp-dir'
import { projectRoot } from './support/gloss-web'
import { artifacts, useGlossSession } from './support/session'

const tempDir = useTempDirs()
const session = useGlossSession()
const open = (dataDir: string) => session.open(dataDir, { width: 1360, height: 900 })

const sampleTitles = [
  '全力奋战二季度 确保实现“双过半”',
  '2023衡阳市五一劳动奖发布会举行',
  '提升统计工作规范化科学化水平 更好服务经济社会高质量发展',
  '第70期“热线问政”活动今日举行',
]

const gbIssue = [
  '推进城乡融合发展',
  '',
  '本报讯（记者 欧阳明 通讯员 林小雨）',
  '',
  '5月8日上午，全市城乡融合发展推进会召开。会议总结了一季度工作，部署了下一阶段任务。',
  '',
  '会议要求，各地要因地制宜，加快补齐农村基础设施短板。',
].join('\n')

describe('reading the bundled sample', () => {
  it('opens on the sample with its four articles, and the outline jumps between them', async () => {
    const reader = await open(await tempDir())
    await reader.waitForArticles(4)
    expect(await reader.articleTitles().allTextContents()).toEqual(sampleTitles)
    expect(await reader.outlineItems().count()).toBe(4)

    await reader.outlineItems().nth(3).click()
    await reader.page.waitForFunction(() => {
      const titles = document.querySelectorAll(
        '[data-testid="reader"] [data-testid="article-title"]',
      )
      const rect = titles[3]?.getBoundingClientRect()
      return rect !== undefined && rect.top >= -2 && rect.top < window.innerHeight / 2
    })
    await reader.page.screenshot({ path: join(artifacts, 'reader-sample.png') })
  })
})

describe('importing through the UI', () => {
  it('adds a GB18030 file to the library and shows it', async () => {
    const dataDir = await tempDir()
    const files = await tempDir()
    const path = join(files, '城乡日报-20240508.txt')
    await writeFile(path, iconv.encode(gbIssue, 'gb18030'))
    const reader = await open(dataDir)
    await reader.waitForArticles(4)
    await reader.importFiles([path])
    await expect.poll(() => reader.libraryItems().count(), { timeout: 20_000 }).toBe(2)
    await expect
      .poll(() => reader.articleTitles().allTextContents(), { timeout: 20_000 })
      .toEqual(['推进城乡融合发展'])
    await expect
      .poll(() => reader.page.getByTestId('article-byline').first().textContent())
      .toContain('欧阳明')
    const library = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'))
    expect(library.issues.map((issue: { encoding: string }) => issue.encoding)).toEqual([
      'utf-8',
      'gb18030',
    ])
  })

  it('names a binary file and why it was refused, and leaves the library unchanged', async () => {
    const dataDir = await tempDir()
    const files = await tempDir()
    const path = join(files, 'scan.pdf')
    await writeFile(
      path,
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0, 255])]),
    )
    const reader = await open(dataDir)
    await reader.waitForArticles(4)
    const before = await readFile(join(dataDir, 'library.json'), 'utf8')
    await reader.importFiles([path])
    const alert = reader.page.getByRole('alert').filter({ hasText: 'scan.pdf' })
    await alert.waitFor({ timeout: 20_000 })
    expect(await alert.textContent()).toMatch(/scan\.pdf/)
    expect(await reader.libraryItems().count()).toBe(1)
    expect(JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')).issues).toEqual(
      JSON.parse(before).issues,
    )
  })
})

describe('restarting', () => {
  it('keeps the library and reopens the last issue', async () => {
    const dataDir = await tempDir()
    const files = await tempDir()
    const path = join(files, 'gb.txt')
    await writeFile(path, iconv.encode(gbIssue, 'gb18030'))
    let reader = await open(dataDir)
    await reader.waitForArticles(4)
    await reader.importFiles([path])
    await expect.poll(() => reader.libraryItems().count(), { timeout: 20_000 }).toBe(2)
    await expect
      .poll(() => reader.articleTitles().allTextContents(), { timeout: 20_000 })
      .toEqual(['推进城乡融合发展'])

    await session.close()
    reader = await open(dataDir)
    await expect.poll(() => reader.libraryItems().count(), { timeout: 20_000 }).toBe(2)
    await expect
      .poll(() => reader.articleTitles().allTextContents(), { timeout: 20_000 })
      .toEqual(['推进城乡融合发展'])
  })
})

describe('one writer per library', () => {
  it('refuses a second browser host on the same data folder, saying why', async () => {
    const dataDir = await tempDir()
    await open(dataDir)
    const second = spawnSync(
      process.execPath,
      [join(projectRoot, 'out/main/web.js'), '--data-dir', dataDir],
      {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, GLOSS_DATA_DIR: '' },
      },
    )
    expect(second.status).toBe(1)
    expect(second.stderr).toMatch(/already open in another Gloss/)
  })
})
