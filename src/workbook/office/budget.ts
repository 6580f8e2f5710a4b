// A write batch that syncs only when the queued request nears the payload limit: few syncs, none too big.

/**
 * Request bytes queued before a sync. Excel on the web refuses requests over 5 MB and the product's
 * bar is 4 MB; 3.5 MB of estimated bytes leaves half a megabyte for what the estimate cannot see.
 */
export const REQUEST_BUDGET_BYTES = 3_500_000;
/**
 * Bytes of one queued operation besides the data it carries: Office.js sends an action and the
 * object path it acts on (method name, parent path, arguments), a few hundred bytes of JSON.
 */
export const OPERATION_OVERHEAD_BYTES = 300;

/** UTF-8 byte length of a string (Thai characters are three bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a value adds to a request once serialised. */
export function payloadBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

export class WriteBatch {
  private queuedBytes = 0;
  private queuedOperations = 0;
  /** Syncs this batch has made. */
  syncs = 0;

  constructor(
    readonly context: Excel.RequestContext,
    readonly budgetBytes = REQUEST_BUDGET_BYTES
  ) {}

  /**
   * Data bytes that still fit into the request being queued beside one more operation: the whole
   * budget when nothing is queued. Lets a writer cut its next block to fill the request.
   */
  room(): number {
    const left = this.budgetBytes - this.queuedBytes - OPERATION_OVERHEAD_BYTES;
    return this.queuedOperations === 0 ? this.budgetBytes - OPERATION_OVERHEAD_BYTES : left;
  }

  /** Bytes that `operations` queued operations carrying `data` will add; call before queueing them. */
  async reserve(dataBytes: number, operations = 1): Promise<void> {
    const bytes = dataBytes + operations * OPERATION_OVERHEAD_BYTES;
    if (this.queuedOperations > 0 && this.queuedBytes + bytes > this.budgetBytes)
      await this.flush();
    this.queuedBytes += bytes;
    this.queuedOperations += operations;
  }

  /** Sends what is queued (if anything). */
  async flush(): Promise<void> {
    if (this.queuedOperations === 0) return;
    this.queuedBytes = 0;
    this.queuedOperations = 0;
    this.syncs++;
    await this.context.sync();
  }
}
