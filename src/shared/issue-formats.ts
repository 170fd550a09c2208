// The kinds of file Gloss reads as newspaper issues, declared once for every side: the core's
// sniffer and refusals, the Electron file dialog, the renderer's file inputs and folder filter,
// and the drop overlay's text. (What a file *is* is judged from its content; the extensions
// only filter dialogs and folder walks.)

/** How an issue file's content is read: decoded text, a saved web page, or a Word document. */
export type IssueFormat = 'text' | 'html' | 'docx'

export const ISSUE_FILE_EXTENSIONS: Readonly<Record<IssueFormat, readonly string[]>> = {
  text: ['txt', 'text'],
  html: ['html', 'htm', 'xhtml', 'shtml'],
  docx: ['docx'],
}

/** Every extension Gloss reads, without dots. */
export const ALL_ISSUE_EXTENSIONS: readonly string[] = Object.values(ISSUE_FILE_EXTENSIONS).flat()

/** The `accept` attribute of a file input that offers exactly the files Gloss reads. */
export const ISSUE_FILE_ACCEPT = ALL_ISSUE_EXTENSIONS.map((ext) => `.${ext}`).join(',')

/** Whether a file's name has an extension Gloss reads (hidden files never do). */
export function hasIssueFileExtension(name: string): boolean {
  const base = name.split(/[\\/]/).pop() ?? name
  if (base.startsWith('.')) return false
  const dot = base.lastIndexOf('.')
  return dot > 0 && ALL_ISSUE_EXTENSIONS.includes(base.slice(dot + 1).toLowerCase())
}
