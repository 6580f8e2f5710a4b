// A write batch that syncs only when the queued request nears the payload limit: few syncs, none too big.

/** Request bytes queued before a sync: well under Excel on the web's 5 MB, leaving room for Office's envelope. */
export const REQUEST_BUDGET_BYTES = 2_000_000;
/** Rough bytes of one queued operation's object path and framing, besides the data it carries. */
export const OPERATION_OVERHEAD_BYTES = 200;

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
    private readonly budgetBytes = REQUEST_BUDGET_BYTES
  ) {}

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
