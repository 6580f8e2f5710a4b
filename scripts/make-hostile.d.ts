// Types of scripts/make-hostile.js for the tests that run the hostile-workbook corpus.
export type HostileExpectation = "json" | "line" | "either";

export interface HostileFile {
  readonly name: string;
  /** "json": exit 0/1 with one JSON document; "line": exit 2 with one stderr line; "either". */
  readonly expect: HostileExpectation;
  readonly about: string;
}

export interface HostileManifest {
  readonly files: (HostileFile & { readonly bytes: number })[];
  /** The formula-like strings planted in injection.xlsx. */
  readonly injection_strings: string[];
}

export declare const ALL_FILES: readonly HostileFile[];
export declare function makeHostile(dir: string): Promise<HostileManifest>;
