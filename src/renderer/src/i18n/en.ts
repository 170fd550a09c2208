// The English catalogue. It defines the message keys; `zh.ts` must translate every one of them
// (the type checker and a test both check). `{name}` placeholders are filled by `t()`; an
// object with `one`/`other` is chosen by the count `n`.
import { enExport } from './en-export'
import { enLearning } from './en-learning'
import { enStructure } from './en-structure'
import { enTagging } from './en-tagging'

export const en = {
  'app.name': 'Gloss',
  'app.loading': 'Opening your library…',
  'app.startFailed': 'Gloss could not start: {message}',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.dismiss': 'Dismiss',
  'common.listSeparator': ', ',

  'toolbar.label': 'Reading controls',
  'toolbar.fontSmaller': 'Smaller text',
  'toolbar.fontLarger': 'Larger text',
  'toolbar.fontSize': 'Text size: {size} px',
  'toolbar.theme': 'Theme: {theme}. Click to change.',
  'toolbar.help': 'Keyboard shortcuts (?)',
  'theme.system': 'system',
  'theme.light': 'light',
  'theme.dark': 'dark',
  'locale.label': 'Language',
  'locale.system': 'System language',
  'locale.zh': '中文',
  'locale.en': 'English',

  'library.title': 'Library',
  'library.label': 'Issues in the library',
  'library.sortNewest': 'Newest first',
  'library.sortOldest': 'Oldest first',
  'library.sortLabel': 'Sort by date: {order}. Click to reverse.',
  'library.articles': { one: '{n} article', other: '{n} articles' },
  'library.undated': 'Undated',
  'library.edit': 'Edit details of {name}',
  'library.remove': 'Remove {name}',
  'library.emptyTitle': 'No issues yet',
  'library.emptyBody':
    'Import newspaper issues — plain text, saved web pages or Word documents — to start reading. You can also drop files or folders onto this window.',

  'remove.title': 'Remove this issue?',
  'remove.body':
    'Remove {name} from the library? Gloss deletes its copy of the text and anything recorded on it. The original file is not touched.',
  'remove.confirm': 'Remove',
  'remove.failed': 'Could not remove the issue: {message}',

  'edit.title': 'Issue details',
  'edit.paper': 'Paper',
  'edit.date': 'Date',
  'edit.hint': 'Leave a field empty when it is unknown.',
  'edit.save': 'Save',
  'edit.failed': 'Could not save the issue details: {message}',

  'import.files': 'Import files…',
  'import.folder': 'Import folder…',
  'import.progress': 'Importing {done} of {total}…',
  'import.imported': { one: '{n} imported', other: '{n} imported' },
  'import.duplicates': { one: '{n} already in library', other: '{n} already in library' },
  'import.skipped': { one: '{n} skipped', other: '{n} skipped' },
  'import.ignored': {
    one: '{n} file in the folder is not an issue file and was left out.',
    other: '{n} files in the folder are not issue files and were left out.',
  },
  'import.nothing': 'No files to import.',
  'import.skippedTitle': 'Not imported',
  'import.failed': 'Import failed: {message}',
  'import.tooLarge': '{name} is larger than 16 MB, far beyond any newspaper issue.',
  'import.unreadable': 'Could not read {name}.',
  'import.dropTitle': 'Drop to import',
  'import.dropHint':
    'Issue files or folders: plain text ({text}), web pages ({html}), Word ({docx})',
  'import.dropRefused': 'Other files (PDF, CSV, spreadsheets…) are refused with the reason.',

  'reader.label': 'Issue text',
  'reader.untitled': '(untitled)',
  'reader.loading': 'Opening the issue…',
  'reader.failed': 'Could not open this issue: {message}',
  'reader.paperUnknown': 'Paper unknown',
  'reader.noIssue': 'Choose an issue from the library to read it.',
  'reader.noArticles': 'No articles were found in this issue.',
  'reader.articles': { one: '{n} article', other: '{n} articles' },
  'reader.source': 'From {name}',

  'outline.title': 'In this issue',
  'outline.label': 'Articles in this issue',

  'entity.type.person': 'Person',
  'entity.type.place': 'Place',
  'entity.type.org': 'Organisation',
  'entity.type.time': 'Time',
  'entity.type.title': 'Office',
  'entity.type.term': 'Term',
  'entity.source.model': 'found by a statistical model',
  'entity.source.rule': 'found by a genre rule',
  'entity.source.dictionary': 'from the built-in dictionary',
  'entity.source.user': 'your correction',
  'entity.hover': '{type} · {source}',
  'entity.hoverMargin': '{type} · {source} · {sureness} (margin {margin})',
  'entity.sure': 'sure',
  'entity.unsure': 'unsure',

  'entities.title': 'Entities',
  'entities.label': 'Entities in this issue',
  'entities.loading': 'Finding names…',
  'entities.failed': 'Could not recognise entities: {message}',
  'entities.none': 'No entities were found in this issue.',
  'entities.noIssue': 'Open an issue to see its people, places and terms.',
  'entities.group': '{type} ({n})',
  'entities.mentions': { one: '{n} mention', other: '{n} mentions' },
  'entities.position': 'Mention {at} of {n}',
  'entities.next': 'Next mention (.)',
  'entities.prev': 'Previous mention (,)',
  'entities.searchLibrary': 'In the whole library',
  'entities.searching': 'Searching the library…',
  'entities.searchFailed': 'Could not search the library: {message}',
  'entities.libraryCount': {
    one: '{n} mention in the library',
    other: '{n} mentions in the library',
  },
  'entities.correctionFailed': 'Could not save the correction: {message}',
  'legend.label': 'Highlight types',
  'legend.all': 'Highlights',

  'menu.label': 'Correct recognition',
  'menu.markAs': 'Mark “{text}” as',
  'menu.changeType': 'Change type to',
  'menu.reject': 'Not an entity',
  'menu.rejectEverywhere': 'Anywhere',
  'menu.rejectIssue': 'In this issue',
  'menu.tooLong': 'Select up to 100 characters within one line to mark an entity.',

  'dictionary.title': 'Your corrections',
  'dictionary.empty':
    'No corrections yet. Select text to mark an entity, or click a highlight to correct it.',
  'dictionary.add': '{text} → {type}',
  'dictionary.reject': '{text}: not an entity',
  'dictionary.rejectType': '{text}: not {type}',
  'dictionary.thisIssue': 'in this issue',
  'dictionary.otherIssue': 'in one other issue',
  'dictionary.remove': 'Undo the correction for {text}',

  'banner.readOnly':
    'This library is open read-only (it was written by a newer Gloss). Importing, removing and editing are turned off.',
  'settings.failed': 'Could not save the setting: {message}',

  'help.title': 'Keyboard shortcuts',
  'help.intro': 'Shortcuts work whenever you are not typing in a field.',
  'cmd.nextArticle': 'Next article',
  'cmd.prevArticle': 'Previous article',
  'cmd.nextIssue': 'Next issue in the library',
  'cmd.prevIssue': 'Previous issue in the library',
  'cmd.fontLarger': 'Larger text',
  'cmd.fontSmaller': 'Smaller text',
  'cmd.fontReset': 'Default text size',
  'cmd.importFiles': 'Import files',
  'cmd.importFolder': 'Import a folder',
  'cmd.toggleTheme': 'Switch light / dark theme',
  'cmd.help': 'Show these shortcuts',
  'cmd.toggleEntities': 'Show or hide entity highlights',
  'cmd.focusEntities': 'Go to the entity panel',
  'cmd.nextMention': 'Next mention of the selected entity',
  'cmd.prevMention': 'Previous mention of the selected entity',

  'errorCode.file-empty': 'Empty file',
  'errorCode.file-too-large': 'Too large',
  'errorCode.file-binary': 'Not a text file',
  'errorCode.file-undecodable': 'Unknown text encoding',
  'errorCode.file-unreadable': 'Could not be read',
  'errorCode.file-unparsable': 'No articles found',
  'errorCode.file-unsupported': 'Not a format Gloss reads',
  'errorCode.other': 'Not imported',
  ...enExport,
  ...enTagging,
  ...enStructure,
  ...enLearning,
} as const

export type MessageKey = keyof typeof en
export type Message = string | { readonly one: string; readonly other: string }
export type Catalogue = {
  readonly [K in MessageKey]: (typeof en)[K] extends string
    ? string
    : { readonly one: string; readonly other: string }
}
