// Errors of the Office.js adapter: payload-limit detection and rethrowing with the action's context.

/** Office.js error codes meaning "this request or its response is too big for one round trip". */
const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "PayloadTooLarge",
]);

function codeOf(error: unknown): string {
  return typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code
    : "";
}

export function isPayloadTooLarge(error: unknown): boolean {
  if (PAYLOAD_CODES.has(codeOf(error))) return true;
  // Older hosts report the limit only in the message.
  const message = error instanceof Error ? error.message : "";
  return /payload size|response (is )?too large|request (is )?too large/i.test(message);
}

/**
 * Excel on the web has answered reads too big for it with GeneralException ("An internal error has
 * occurred") rather than a payload code: OfficeDev/office-js#1314, OfficeDev/office-js-docs#1247.
 */
export function isGeneralException(error: unknown): boolean {
  return codeOf(error) === "GeneralException";
}

/** An adapter failure with what was being done, keeping Office's error code and the original error. */
export class OfficeAdapterError extends Error {
  override readonly name = "OfficeAdapterError";
  readonly code: string;

  constructor(
    message: string,
    override readonly cause: unknown
  ) {
    const inner = cause instanceof Error ? cause.message : String(cause);
    super(`${message}: ${inner}`);
    this.code = codeOf(cause);
  }
}

/** Wraps `error` with context unless it already has it. */
export function withContext(what: string, error: unknown): OfficeAdapterError {
  if (error instanceof OfficeAdapterError) return error;
  return new OfficeAdapterError(what, error);
}
