// The browser host: serves the built renderer and the API contract over HTTP on loopback.
// Every API call must carry the per-launch token; requests for another Host are refused
// (a page on another site cannot reach the library through DNS rebinding).
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { Dispatch } from '../../services/dispatch'

export const TOKEN_HEADER = 'x-gloss-token'
/** Large enough for a whole-library Gloss export being merged in (the contract caps it at
 * 200 MB of JSON) and for base64 batches of issue files; larger bodies are refused. */
const MAX_BODY_BYTES = 256 * 1024 * 1024

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export interface WebHostOptions {
  dispatch: Dispatch
  /** The built renderer (`out/renderer`). */
  rendererDir: string
  /** 0 picks a free port. */
  port: number
  token?: string
}

export interface WebHost {
  url: string
  token: string
  port: number
  close(): Promise<void>
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex')
  let port = options.port
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error')
      else response.destroy()
    })
  })

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const host = request.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request')
    }
    const url = new URL(request.url ?? '/', `http://${host}`)
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice(5))
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed')
    }
    return serveStatic(response, options.rendererDir, url.pathname)
  }

  const handleApi = async (request: IncomingMessage, response: ServerResponse, method: string) => {
    if (request.method !== 'POST')
      return send(response, 405, 'text/plain; charset=utf-8', 'Use POST')
    if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
      return sendJson(response, 401, {
        ok: false,
        error: { code: 'bad-arguments', message: 'Missing or wrong token' },
      })
    }
    const body = await readBody(request)
    if (body === null) {
      return sendJson(response, 413, {
        ok: false,
        error: { code: 'file-too-large', message: 'Request too large' },
      })
    }
    let args: unknown
    try {
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'bad-arguments', message: 'Body is not JSON' },
      })
    }
    sendJson(response, 200, await options.dispatch(method, args))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(token))
}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

async function serveStatic(
  response: ServerResponse,
  root: string,
  pathname: string,
): Promise<void> {
  const relative =
    pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
  const path = normalize(join(root, relative))
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found')
  }
  const content = await readFile(path).catch(() => null)
  if (content === null) return send(response, 404, 'text/plain; charset=utf-8', 'Not found')
  send(response, 200, contentTypes[extname(path)] ?? 'application/octet-stream', content)
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  })
  response.end(body)
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value))
}
