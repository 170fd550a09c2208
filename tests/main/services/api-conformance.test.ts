// One scenario table run against both implementations of the contract: the renderer tests'
// in-memory fake and the real services over a temporary library. Where the fake drifts from
// main (a different error code, context counted differently), a scenario fails on one side.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiMethod } from '../../../src/shared/api-methods'
import type { ErrorCode, Result } from '../../../src/shared/errors'
import { ApiError } from '../../../src/renderer/src/api/api-error'
import { createFakeApi } from '../../renderer/support/fake-api'
import { openServices } from '../../support/services'

type Call = (method: ApiMethod, args: unknown) => Promise<Result<unknown>>

/** What one scenario knows as it runs: the issue it imported, and what steps saved. */
interface Context {
  issueId: string
  text: string
  saved: Record<string, string>
}

interface Step {
  method: ApiMethod
  args: (context: Context) => unknown
  /** A value the result must match (`toMatchObject`), or the error code the call must fail with. */
  expect: { value: (context: Context) => unknown } | { error: ErrorCode }
  /** Keeps something of the result for later steps. */
  save?: (value: unknown, context: Context) => void
}

interface Scenario {
  name: string
  steps: Step[]
}

/** An invented issue: a headline and two paragraphs, one with an astral character (𠀀). */
const issueText = [
  '城南新建社区图书馆开放',
  '本报讯 城南街道新建的社区图书馆昨日向居民开放,馆内藏书三万册。',
  '馆长说,𠀀字等生僻字也收进了检字表,居民查阅古籍更方便。',
].join('\n\n')

const saveId = (key: string) => (value: unknown, context: Context) => {
  context.saved[key] = (value as { id: string }).id
}

const scenarios: Scenario[] = [
  {
    name: 'lists the imported issue and reads its text',
    steps: [
      {
        method: 'listIssues',
        args: () => ({}),
        expect: {
          value: ({ issueId }) => [
            {
              id: issueId,
              paper: null,
              date: null,
              sourceName: 'chengnan.txt',
              sourcePath: null,
              articleCount: 1,
              charCount: [...issueText].length,
            },
          ],
        },
      },
      {
        method: 'getIssue',
        args: ({ issueId }) => ({ id: issueId }),
        expect: { value: ({ issueId }) => ({ meta: { id: issueId }, text: issueText }) },
      },
    ],
  },
  {
    name: 'answers not-found for an issue the library does not have',
    steps: [
      { method: 'getIssue', args: () => ({ id: 'f'.repeat(64) }), expect: { error: 'not-found' } },
    ],
  },
  {
    name: 'rejects a malformed issue id before any handler runs',
    steps: [
      { method: 'getIssue', args: () => ({ id: '../issue' }), expect: { error: 'bad-arguments' } },
      {
        method: 'listAnnotations',
        args: () => ({ issueId: 42 }),
        expect: { error: 'bad-arguments' },
      },
    ],
  },
  {
    name: 'rejects an annotation that covers nothing',
    steps: [
      {
        method: 'createAnnotation',
        args: ({ issueId }) => ({ issueId, start: 3, end: 3, themeIds: [] }),
        expect: { error: 'bad-arguments' },
      },
    ],
  },
  {
    name: 'creates, lists, updates and deletes an annotation',
    steps: [
      {
        method: 'createAnnotation',
        args: ({ issueId }) => ({ issueId, start: 0, end: 4, themeIds: [], memo: 'first' }),
        expect: {
          value: ({ issueId }) => ({
            issueId,
            selector: { start: 0, end: 4, exact: '城南新建', prefix: '' },
            themeIds: [],
            memo: 'first',
            author: '',
            anchor: 'anchored',
          }),
        },
        save: saveId('annotation'),
      },
      {
        method: 'listAnnotations',
        args: ({ issueId }) => ({ issueId }),
        expect: { value: ({ saved }) => [{ id: saved.annotation, memo: 'first' }] },
      },
      {
        method: 'updateAnnotation',
        args: ({ issueId, saved }) => ({ issueId, id: saved.annotation, memo: 'second' }),
        expect: { value: ({ saved }) => ({ id: saved.annotation, memo: 'second' }) },
      },
      {
        method: 'deleteAnnotation',
        args: ({ issueId, saved }) => ({ issueId, id: saved.annotation }),
        expect: { value: () => ({ deleted: true }) },
      },
      {
        method: 'listAnnotations',
        args: ({ issueId }) => ({ issueId }),
        expect: { value: () => [] },
      },
      {
        method: 'updateAnnotation',
        args: ({ issueId, saved }) => ({ issueId, id: saved.annotation, memo: 'third' }),
        expect: { error: 'not-found' },
      },
    ],
  },
  {
    name: 'keeps 32 code points of context before a selection, 𠀀 counting as one',
    steps: [
      {
        method: 'createAnnotation',
        args: ({ issueId, text }) => {
          const start = text.indexOf('检字表')
          return { issueId, start, end: start + 3, themeIds: [] }
        },
        expect: {
          value: () => ({
            selector: {
              exact: '检字表',
              prefix: '昨日向居民开放,馆内藏书三万册。\n\n馆长说,𠀀字等生僻字也收进了',
              suffix: ',居民查阅古籍更方便。',
            },
          }),
        },
      },
    ],
  },
  {
    name: 'reads the codebook and adds a theme to it',
    steps: [
      {
        method: 'getCodebook',
        args: () => ({}),
        expect: { value: () => ({ themes: expect.any(Array) }) },
      },
      {
        method: 'addTheme',
        args: () => ({ name: { zh: ' 社区文化 ', en: 'Community culture' }, parentId: null }),
        expect: { value: () => ({ themeId: expect.any(String) }) },
        save: (value, context) => {
          context.saved.theme = (value as { themeId: string }).themeId
        },
      },
      {
        method: 'getCodebook',
        args: () => ({}),
        expect: {
          value: ({ saved }) => ({
            themes: expect.arrayContaining([
              expect.objectContaining({
                id: saved.theme,
                name: { zh: '社区文化', en: 'Community culture' },
                parentId: null,
              }),
            ]),
          }),
        },
      },
    ],
  },
  {
    name: 'adds a dictionary entry and removes it once',
    steps: [
      {
        method: 'addDictionaryEntry',
        args: () => ({ entry: { kind: 'add', text: '城南街道', type: 'place' }, issueId: null }),
        expect: {
          value: () => ({
            kind: 'add',
            text: '城南街道',
            type: 'place',
            issueId: null,
            id: expect.any(String),
          }),
        },
        save: saveId('entry'),
      },
      {
        method: 'getDictionary',
        args: () => ({}),
        expect: { value: ({ saved }) => [{ id: saved.entry, text: '城南街道' }] },
      },
      {
        method: 'removeDictionaryEntry',
        args: ({ saved }) => ({ id: saved.entry }),
        expect: { value: () => ({ removed: true }) },
      },
      {
        method: 'removeDictionaryEntry',
        args: ({ saved }) => ({ id: saved.entry }),
        expect: { value: () => ({ removed: false }) },
      },
      { method: 'getDictionary', args: () => ({}), expect: { value: () => [] } },
    ],
  },
]

interface Implementation {
  name: string
  open(): Promise<{ call: Call; close(): Promise<void> }>
}

/** The renderer's fake, answering in the wire's envelope as a host would. */
const fake: Implementation = {
  name: 'the renderer fake',
  open: async () => {
    const api = createFakeApi()
    const call: Call = async (method, args) => {
      try {
        const run = api[method] as (args: unknown) => Promise<unknown>
        return { ok: true, value: await run(args) }
      } catch (error) {
        // Transport codes (network, unauthorized) never come from a fake: a bug, not a result.
        if (!(error instanceof ApiError) || error.code === 'network') throw error
        if (error.code === 'unauthorized') throw error
        return { ok: false, error: { code: error.code, message: error.message } }
      }
    }
    return { call, close: async () => {} }
  },
}

/** The real services over a fresh temporary library, called through `dispatch`. */
const real: Implementation = {
  name: 'createServices().dispatch',
  open: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-conformance-'))
    const services = await openServices(dir, false)
    return {
      call: (method, args) => services.dispatch(method, args),
      close: async () => {
        await services.close()
        await rm(dir, { recursive: true, force: true })
      },
    }
  },
}

/** Imports the invented issue; every scenario starts from it. */
async function importIssue(call: Call): Promise<Context> {
  const data = Buffer.from(issueText, 'utf8').toString('base64')
  const imported = await call('importFiles', { files: [{ name: 'chengnan.txt', data }] })
  if (!imported.ok) throw new Error(imported.error.message)
  const [outcome] = (imported.value as { outcomes: { issueId: string | null }[] }).outcomes
  if (!outcome?.issueId) throw new Error('the invented issue was not imported')
  const read = await call('getIssue', { id: outcome.issueId })
  if (!read.ok) throw new Error(read.error.message)
  return { issueId: outcome.issueId, text: (read.value as { text: string }).text, saved: {} }
}

describe.each([fake, real])('the API contract as $name serves it', (implementation) => {
  let close = async () => {}
  afterEach(() => close())

  it.each(scenarios)('$name', async ({ steps }) => {
    const opened = await implementation.open()
    close = opened.close
    const context = await importIssue(opened.call)
    for (const [index, step] of steps.entries()) {
      const result = await opened.call(step.method, step.args(context))
      const where = `step ${index + 1} (${step.method})`
      if ('error' in step.expect) {
        expect(result, where).toMatchObject({ ok: false, error: { code: step.expect.error } })
        continue
      }
      expect(result, where).toMatchObject({ ok: true })
      if (!result.ok) continue
      expect(result.value, where).toMatchObject(step.expect.value(context) as object)
      step.save?.(result.value, context)
    }
  })
})
