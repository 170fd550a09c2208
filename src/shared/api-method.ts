// How the contract declares one API method: its argument validator and its result type side
// by side. The result exists only as a type (nothing checks a handler's result at run time).
import type { z } from 'zod'

/** The type of a method's result, carried by a value that holds nothing at run time. */
export interface Returns<Result> {
  readonly result?: Result
}

export interface MethodDeclaration<Args extends z.ZodType, Result> extends Returns<Result> {
  /** Validates the call's arguments before any handler sees them. */
  readonly args: Args
}

/** Names a method's result type: `returns<Codebook>()`. */
export function returns<Result>(): Returns<Result> {
  return {}
}

/** Declares a method: `method(z.object({ id }).strict(), returns<IssueDocument>())`. */
export function method<Args extends z.ZodType, Result>(
  args: Args,
  _result: Returns<Result>,
): MethodDeclaration<Args, Result> {
  return { args }
}

/** The result type a declaration names. */
export type ResultOf<D> = D extends MethodDeclaration<z.ZodType, infer Result> ? Result : never
