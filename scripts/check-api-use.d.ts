// Types of scripts/check-api-use.js for its test.
export interface ApiUse {
  readonly member: string;
  readonly set: string;
  readonly file: string;
  readonly line: number;
  /** The feature flag whose check covers this use, or null. */
  readonly guardedBy: string | null;
  readonly ok: boolean;
}
export interface ApiUseResult {
  readonly uses: ApiUse[];
  readonly failures: ApiUse[];
  readonly baseline: number;
}
export declare function checkApiUse(opts?: {
  files?: string[];
  baseline?: number;
  flags?: Record<string, number>;
}): ApiUseResult;
export declare function report(result: ApiUseResult): string;
export declare function featureMinors(featuresPath?: string): Record<string, number>;
export declare function manifestMinor(manifestPath?: string): number;
