// The user's codebook in `codebook.json` (the gloss-codebook format, so the file itself can be
// shared), created from the bundled default on first use. Durable, backed up, recoverable.
import { join } from 'node:path'
import type { Codebook } from '../../shared/model'
import type { BackupRotation } from './backup-rotation'
import { DurableJsonFile } from './durable-json-file'
import { readWithRecovery } from './recover-json-file'

export interface CodebookFormat {
  /** Parses and validates a gloss-codebook document; throws with a clear message. */
  read(raw: unknown): Codebook
  write(codebook: Codebook): unknown
}

export class CodebookStore {
  private constructor(
    private current: Codebook,
    private readonly file: DurableJsonFile<unknown>,
    private readonly format: CodebookFormat,
    readonly notices: string[],
  ) {}

  static async open(
    dataDir: string,
    format: CodebookFormat,
    backups: BackupRotation,
    loadDefault: () => Promise<Codebook>,
    readOnly = false,
  ): Promise<CodebookStore> {
    const path = join(dataDir, 'codebook.json')
    const recovered = await readWithRecovery(
      path,
      (raw) => {
        try {
          return format.read(raw)
        } catch {
          return null
        }
      },
      backups,
    )
    const notices = recovered.notice ? [recovered.notice] : []
    const file = new DurableJsonFile<unknown>(path, backups)
    if (recovered.value) return new CodebookStore(recovered.value, file, format, notices)
    const codebook = await loadDefault()
    if (recovered.notice) notices.push('The default codebook was loaded in its place.')
    if (!readOnly) await file.write(format.write(codebook))
    return new CodebookStore(codebook, file, format, notices)
  }

  get codebook(): Codebook {
    return this.current
  }

  themeIds(): ReadonlySet<string> {
    return new Set(this.current.themes.map((theme) => theme.id))
  }

  /** Replaces the codebook; resolves once it is durable. */
  async save(codebook: Codebook): Promise<void> {
    await this.file.write(this.format.write(codebook))
    this.current = codebook
  }
}
