// An ESLint rule that keeps each layer's imports inside what the layer may depend on. It
// resolves relative imports to repository paths before judging them, so `../../store/x` and
// `../store/x` are the same edge, whatever the importing file's depth.
import { builtinModules } from 'node:module'
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const builtins = new Set(builtinModules)

/** True for every Node built-in: `node:*`, `fs`, `fs/promises`, `events`… */
export function isNodeBuiltin(specifier) {
  return (
    specifier.startsWith('node:') ||
    builtins.has(specifier) ||
    builtins.has(specifier.split('/')[0])
  )
}

function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

const toPosix = (path) => path.split(sep).join('/')
const withoutExtension = (path) => path.replace(/\.(d\.ts|tsx?|jsx?|mjs|cjs|json)$/, '')

/** Is the repository path `path` the folder (or extension-less file) `place`, or inside it? */
function isInside(path, place) {
  return path === place || path.startsWith(`${place}/`) || withoutExtension(path) === place
}

const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['layer', 'why'],
  properties: {
    layer: { type: 'string' },
    why: { type: 'string' },
    /** When set, a relative import must resolve inside one of these repository paths. */
    allowPaths: { type: 'array', items: { type: 'string' } },
    /** Extra paths an `import type` (erased at build time) may also reach. */
    allowTypePaths: { type: 'array', items: { type: 'string' } },
    /** When set, a package import must name one of these packages. */
    allowPackages: { type: 'array', items: { type: 'string' } },
    forbidPackages: { type: 'array', items: { type: 'string' } },
    allowNodeBuiltins: { type: 'boolean' },
    /** Each direct subfolder of this path is a unit that must not import its siblings. */
    isolateSubfoldersOf: { type: 'string' },
    /** Sibling edges that exist today (`from -> to`), tolerated until they are removed. */
    knownSiblingEdges: { type: 'array', items: { type: 'string' } },
  },
}

/** @type {import('eslint').Rule.RuleModule} */
export const importLayersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each layer importing only the layers it may depend on.' },
    schema: [optionsSchema],
    messages: { forbidden: '{{layer}} must not import "{{specifier}}": {{why}}' },
  },
  create(context) {
    const options = context.options[0]
    const file = toPosix(relative(repoRoot, context.filename))

    function problemWith(specifier, typeOnly) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = toPosix(relative(repoRoot, resolve(dirname(context.filename), specifier)))
        const allowed = [
          ...(options.allowPaths ?? []),
          ...(typeOnly ? (options.allowTypePaths ?? []) : []),
        ]
        if (options.allowPaths && !allowed.some((place) => isInside(target, place)))
          return options.why
        return siblingProblem(target)
      }
      if (isNodeBuiltin(specifier)) {
        return options.allowNodeBuiltins ? null : `${options.why} (no Node built-ins)`
      }
      const name = packageName(specifier)
      if (options.forbidPackages?.includes(name)) return options.why
      if (options.allowPackages && !options.allowPackages.includes(name)) {
        return `${options.why} (packages allowed here: ${options.allowPackages.join(', ') || 'none'})`
      }
      return null
    }

    function siblingProblem(target) {
      const parent = options.isolateSubfoldersOf
      if (!parent || !isInside(file, parent) || !isInside(target, parent)) return null
      const unitOf = (path) => path.slice(parent.length + 1).split('/')[0]
      const from = unitOf(file)
      const to = unitOf(target)
      if (!to || from === to || (options.knownSiblingEdges ?? []).includes(`${from} -> ${to}`)) {
        return null
      }
      return `${options.why} (${from} imports ${to})`
    }

    function check(node, source, typeOnly) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      const why = problemWith(source.value, typeOnly)
      if (why) {
        context.report({
          node,
          messageId: 'forbidden',
          data: { layer: options.layer, specifier: source.value, why },
        })
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportEqualsDeclaration: (node) =>
        check(node, node.moduleReference?.expression, node.importKind === 'type'),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.source, true),
      CallExpression(node) {
        // require('x') and createRequire(...)('x') alike.
        const callee = node.callee
        const isRequire =
          (callee.type === 'Identifier' && callee.name === 'require') ||
          (callee.type === 'MemberExpression' &&
            callee.object.type === 'Identifier' &&
            callee.object.name === 'require' &&
            callee.property.type === 'Identifier' &&
            callee.property.name === 'resolve')
        if (isRequire) check(node, node.arguments[0], false)
        // process.getBuiltinModule('fs') reaches a built-in without any import.
        const isGetBuiltin =
          callee.type === 'MemberExpression' &&
          callee.property.type === 'Identifier' &&
          callee.property.name === 'getBuiltinModule'
        if (isGetBuiltin && !options.allowNodeBuiltins) {
          context.report({
            node,
            messageId: 'forbidden',
            data: {
              layer: options.layer,
              specifier: 'getBuiltinModule',
              why: `${options.why} (no Node built-ins)`,
            },
          })
        }
      },
    }
  },
}

export default { rules: { 'import-layers': importLayersRule } }
