// The native open dialog offers exactly the files Gloss reads, all together and by kind.

import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dialog } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createPathPicker } from '../../../../src/main/hosts/electron/file-dialogs'

describe('the import file dialog', () => {
  it('filters for plain text, web pages and Word documents, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-dialog-'))
    await writeFile(join(dir, 'page.html'), '<html></html>')
    const showOpenDialog = vi.fn(async (_options: Electron.OpenDialogOptions) => ({
      canceled: false,
      filePaths: [join(dir, 'page.html')],
    }))
    const pick = createPathPicker(
      { showOpenDialog } as unknown as Pick<Dialog, 'showOpenDialog'>,
      () => null,
    )

    expect(await pick('files')).toEqual([join(dir, 'page.html')])
    const options = showOpenDialog.mock.calls[0][0]
    expect(options.filters).toEqual([
      {
        name: 'Issue files (plain text, web pages, Word)',
        extensions: ['txt', 'text', 'html', 'htm', 'xhtml', 'shtml', 'docx'],
      },
      { name: 'Plain text', extensions: ['txt', 'text'] },
      { name: 'Web pages', extensions: ['html', 'htm', 'xhtml', 'shtml'] },
      { name: 'Word documents', extensions: ['docx'] },
    ])
    expect(options.filters?.flatMap((f) => f.extensions)).not.toContain('*')
  })
})
