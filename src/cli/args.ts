// Command-line argument parsing: positional files and --flags, with clear errors for unknown flags.

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly files: string[];
  readonly flags: Map<string, string | true>;
}

/** Flags that take a value; every other known flag is a switch. */
const VALUE_FLAGS = new Set(["out", "sheet", "fiscal-year", "quarter", "round", "lang", "today"]);
const SWITCH_FLAGS = new Set(["json", "help", "version", "highlight"]);

export class UsageError extends Error {
  constructor(
    readonly th: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) {
        throw new UsageError(`ตัวเลือก --${name} ต้องมีค่า`, `--${name} needs a value`);
      }
      flags.set(name, value);
    } else if (SWITCH_FLAGS.has(name)) {
      flags.set(name, true);
    } else {
      throw new UsageError(`ไม่รู้จักตัวเลือก --${name}`, `unknown option --${name}`);
    }
  }
  return { command: command?.startsWith("--") ? undefined : command, files, flags: command?.startsWith("--") ? new Map([[command.slice(2), true]]) : flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

/** An integer flag within [min, max], or undefined when absent. */
export function intFlag(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = stringFlag(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} ต้องเป็นจำนวนเต็ม ${min}–${max} (ได้ "${v}")`, `--${name} must be an integer ${min}–${max} (got "${v}")`);
  }
  return n;
}

export function choiceFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const v = stringFlag(args, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} ต้องเป็น ${choices.join(" หรือ ")}`, `--${name} must be ${choices.join(" or ")}`);
  }
  return v as T;
}
