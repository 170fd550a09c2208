// Minimal argument reading for the CLI: positionals, `--flag`, `--flag value`, and flags that
// take every value up to the next flag (`--issues a b c`).
export interface CliArgs {
  positionals: string[]
  has(flag: string): boolean
  value(flag: string): string | undefined
  values(flag: string): string[]
}

export function parseCliArgs(
  argv: readonly string[],
  valueFlags: readonly string[],
  listFlags: readonly string[] = [],
): CliArgs {
  const positionals: string[] = []
  const flags = new Map<string, string[]>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) {
      positionals.push(arg)
      continue
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined]
    const values = flags.get(name) ?? []
    flags.set(name, values)
    if (inline !== undefined) values.push(inline)
    else if (listFlags.includes(name))
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.push(argv[++i])
    else if (valueFlags.includes(name) && i + 1 < argv.length) values.push(argv[++i])
  }
  return {
    positionals,
    has: (flag) => flags.has(flag),
    value: (flag) => flags.get(flag)?.[0],
    values: (flag) => flags.get(flag) ?? [],
  }
}
