// Types of scripts/fixtures-rules.js for the tests that read its table of planted rules.
export declare const PLANTED: [rule: string, row: unknown[]][];
export declare function writeAll(): Promise<void>;
