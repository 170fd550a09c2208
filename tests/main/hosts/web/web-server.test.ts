import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../../../src/main/hosts/web/web-server'
import type { Dispatch } from '../../../../src/main/services/dispatch'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
let host: WebHost | null = null
afterEach(async () => {
  await host?.close()
  host = null
})

async function start(
  dispatch: Dispatch = async (method, args) => ({ ok: true, value: { method, args } }),
) {
  const rendererDir = await tempDir()
  await mkdir(join(rendererDir, 'assets'))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Gloss</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  host = await startWebHost({ dispatch, rendererDir, port: 0 })
  return host
}

/** A raw request, so the Host header can be forged (fetch would not allow it). */
function send(
  port: number,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
        (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
        },
      )
      req.on('error', reject)
      req.end(init.body)
    },
  )
}

describe('the web host', () => {
  it('binds loopback and prints a URL with the token', async () => {
    const { url, token, port } = await start()
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${token}`)
    expect(token).toMatch(/^[0-9a-f]{48}$/)
  })

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const { port } = await start()
    const index = await send(port, '/')
    expect(index.status).toBe(200)
    expect(index.headers['content-security-policy']).toContain("default-src 'self'")
    expect((await send(port, '/assets/app.js')).headers['content-type']).toMatch(/javascript/)
    expect((await send(port, '/../../../etc/passwd')).status).toBe(404)
    expect((await send(port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
  })

  it('dispatches API calls that carry the token', async () => {
    const { port, token } = await start()
    const res = await send(port, '/api/listIssues', {
      method: 'POST',
      headers: { 'x-gloss-token': token, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { method: 'listIssues', args: {} } })
  })

  it('refuses API calls without the right token, and requests for another host', async () => {
    const { port, token } = await start()
    expect((await send(port, '/api/listIssues', { method: 'POST', body: '{}' })).status).toBe(401)
    expect(
      (
        await send(port, '/api/listIssues', {
          method: 'POST',
          headers: { 'x-gloss-token': 'x'.repeat(48) },
        })
      ).status,
    ).toBe(401)
    const rebound = await send(port, '/api/listIssues', {
      method: 'POST',
      headers: { host: `evil.example:${port}`, 'x-gloss-token': token },
    })
    expect(rebound.status).toBe(421)
    expect(
      (await send(port, '/api/listIssues', { method: 'GET', headers: { 'x-gloss-token': token } }))
        .status,
    ).toBe(405)
  })

  it('answers a body that is not JSON with bad-arguments', async () => {
    const { port, token } = await start()
    const res = await send(port, '/api/getIssue', {
      method: 'POST',
      headers: { 'x-gloss-token': token },
      body: '{',
    })
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body).error.code).toBe('bad-arguments')
  })
})
