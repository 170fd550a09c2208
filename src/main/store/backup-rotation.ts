// Rotating backups of a library file: before a file is overwritten, its previous version is
// copied to `backups/<file>/<time>.json` at most once per interval; the newest 10 are kept,
// plus the newest of each of the last 7 days.
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'

export interface BackupPolicy {
  /** Minimum time between two backups of one file. */
  intervalMs: number
  keepLatest: number
  keepDays: number
}

export const defaultBackupPolicy: BackupPolicy = {
  intervalMs: 5 * 60 * 1000,
  keepLatest: 10,
  keepDays: 7,
}

const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-')
/** `2024-01-02T03-04-05-678Z.json` → its day, `2024-01-02`. */
const dayOf = (name: string) => name.slice(0, 10)

export class BackupRotation {
  private readonly lastBackup = new Map<string, number>()

  constructor(
    private readonly backupsDir: string,
    private readonly policy: BackupPolicy = defaultBackupPolicy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  folderFor(path: string): string {
    return join(this.backupsDir, basename(path))
  }

  /** Copies `path` aside if it exists and the last backup is older than the interval. */
  async beforeWrite(path: string): Promise<void> {
    const now = this.now()
    const last = this.lastBackup.get(path)
    if (last !== undefined && now.getTime() - last < this.policy.intervalMs) return
    const exists = await stat(path).then(
      (info) => info.size > 0,
      () => false,
    )
    if (!exists) return
    const folder = this.folderFor(path)
    await mkdir(folder, { recursive: true })
    await copyFile(path, join(folder, `${stampOf(now)}.json`))
    this.lastBackup.set(path, now.getTime())
    await this.prune(folder)
  }

  /** Backups of `path`, newest first. */
  async list(path: string): Promise<string[]> {
    const folder = this.folderFor(path)
    const names = await readdir(folder).catch(() => [] as string[])
    return names
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse()
      .map((name) => join(folder, name))
  }

  private async prune(folder: string): Promise<void> {
    const names = (await readdir(folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse()
    const keep = new Set(names.slice(0, this.policy.keepLatest))
    const cutoff = new Date(this.now().getTime() - this.policy.keepDays * 86_400_000)
      .toISOString()
      .slice(0, 10)
    const daysKept = new Set<string>()
    for (const name of names) {
      const day = dayOf(name)
      if (day >= cutoff && !daysKept.has(day)) {
        daysKept.add(day)
        keep.add(name)
      }
    }
    await Promise.all(
      names
        .filter((name) => !keep.has(name))
        .map((name) => rm(join(folder, name), { force: true })),
    )
  }
}
