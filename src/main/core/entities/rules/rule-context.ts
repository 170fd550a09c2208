import type { Segmentation } from '../segment-text'

/** What every genre rule sees: the text and the engine's words placed in it. */
export interface RuleContext {
  text: string
  seg: Segmentation
}

export const isHan = (ch: string | undefined): boolean => !!ch && /[\u3400-\u9fff]/.test(ch)

/** Every match of a global regex, without materialising them all at once. */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    yield m
    if (m[0].length === 0) re.lastIndex++
  }
}
