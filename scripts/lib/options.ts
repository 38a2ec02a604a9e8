/**
 * Walks command-line options written `--name value` or `--name=value`: `on` gets each option's name and a getter
 * for its value, which consumes the next argument only when the option is read as taking one.
 */
export function forEachOption(argv: readonly string[], on: (name: string, value: () => string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    on(name, () => {
      const v = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    });
  }
}
