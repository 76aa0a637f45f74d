/** Reads `--name value` and `--flag` arguments; unknown names are an error so a typo does not pass silently. */
export function argvToOptions(argv: string[], known: { values: string[]; flags: string[] }): Record<string, string | boolean> {
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    if (known.flags.includes(name)) options[name] = true;
    else if (known.values.includes(name)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
      options[name] = value;
    } else throw new Error(`unknown option --${name}`);
  }
  return options;
}

/** A positive whole number from a command-line value. */
export function textToCount(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, got "${text}"`);
  return value;
}
