// The `pyp-tracker` command line (SPEC §6): check, report, template, consolidate, compare, briefing.
import { Lang } from "../core/findings";
import { Quarter } from "../core/tracker/columns";
import { CheckResult } from "../app/check";
import { UsageError, choiceFlag, intFlag, parseArgs, stringFlag } from "./args";
import { runBriefing, runCheck, runConsolidate, runReport, runTemplate } from "./commands";
import { runCompare } from "./compare";
import { errorLine } from "./errors";
import { HELP } from "./help";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export interface CommonOptions {
  readonly files: string[];
  readonly json: boolean;
  readonly lang: Lang;
  readonly sheet?: string;
  readonly fiscalYear?: number;
  readonly quarter?: Quarter;
  readonly out?: string;
  readonly round: "quarter" | "import";
  readonly today?: string;
}

/** The file an error is about, for the stderr line: set by commands as they go. */
export const currentFile = { name: null as string | null };

/** Runs the CLI; resolves to the exit code (0 ok, 1 errors found by check, 2 unusable input). */
export async function runCli(argv: readonly string[], io: Io = processIo): Promise<number> {
  currentFile.name = null;
  try {
    const args = parseArgs(argv);
    if (args.flags.has("version")) {
      io.out("pyp-tracker 0.1.0\n");
      return 0;
    }
    if (!args.command || args.flags.has("help") || args.command === "help") {
      io.out(HELP);
      return args.command || args.flags.has("help") ? 0 : 2;
    }
    const opts: CommonOptions = {
      files: args.files,
      json: args.flags.has("json"),
      lang: choiceFlag(args, "lang", ["th", "en"] as const, "th"),
      sheet: stringFlag(args, "sheet"),
      fiscalYear: intFlag(args, "fiscal-year", 1990, 2700),
      quarter: intFlag(args, "quarter", 1, 4) as Quarter | undefined,
      out: stringFlag(args, "out"),
      round: choiceFlag(args, "round", ["quarter", "import"] as const, "quarter"),
      today: stringFlag(args, "today"),
    };
    switch (args.command) {
      case "check":
        return await runCheck(opts, io);
      case "report":
        return await runReport(opts, io);
      case "template":
        return await runTemplate(opts, io);
      case "consolidate":
        return await runConsolidate(opts, io);
      case "briefing":
        return await runBriefing(opts, io);
      case "compare":
        return await runCompare(opts, io);
      default:
        throw new UsageError(`ไม่รู้จักคำสั่ง "${args.command}"`, `unknown command "${args.command}" (try --help)`);
    }
  } catch (e) {
    io.err(`${errorLine(e, currentFile.name)}\n`);
    return 2;
  }
}

export type { CheckResult };
