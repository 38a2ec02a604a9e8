/** A small assertion helper for the in-host tests of the web worker host, where Node's `assert` does not exist. */
export class CheckFailed extends Error {}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new CheckFailed(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (actual !== expected) throw new CheckFailed(`${message ? `${message}: ` : ''}expected ${String(expected)}, got ${String(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new CheckFailed(`${message ? `${message}: ` : ''}expected ${e}, got ${a}`);
}

export function match(text: string, pattern: RegExp, message = ''): void {
  if (!pattern.test(text)) throw new CheckFailed(`${message ? `${message}: ` : ''}${JSON.stringify(text.slice(0, 400))} does not match ${pattern}`);
}
