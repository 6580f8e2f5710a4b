// A write batch that syncs only when the queued request nears the payload limit: few syncs, none too big.

/**
 * Request bytes queued before a sync. Excel on the web refuses requests over 5 MB and the product's
 * bar is 4 MB; 3.5 MB of estimated bytes leaves half a megabyte for what the estimate cannot see.
 */
export const REQUEST_BUDGET_BYTES = 3_500_000;
/*
 * Office.js sends a batch as JSON: every action (a property set, a method call) with its arguments,
 * and every object the actions reach (a range, its format, the format's font, …) described once.
 * Serialising batches with Microsoft's excel-web-16.00.js gave 87 bytes an action besides its name
 * and arguments, about 190 for a range got by indexes and 135 for a property object such as format:
 * a hyperlink on a cell comes to about 380 bytes, font.bold on a range about 555. The estimates
 * below round those up, so a request is never larger than its estimate.
 */
/** Bytes of one action besides the data it carries. */
export const ACTION_BYTES = 100;
/** Bytes of one object an action reaches (a range, a format, a font, a border). */
export const PATH_BYTES = 200;
/** Bytes every request carries once: its envelope and the path to the workbook and the sheet. */
export const REQUEST_BASE_BYTES = 1_000;

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
  /** Estimated bytes of the request being queued (its base included once anything is queued). */
  private queuedBytes = REQUEST_BASE_BYTES;
  private queuedOperations = 0;
  /** Syncs this batch has made. */
  syncs = 0;

  constructor(
    readonly context: Excel.RequestContext,
    readonly budgetBytes = REQUEST_BUDGET_BYTES
  ) {}

  /**
   * Data bytes that still fit into the request being queued beside one more action on a new range:
   * the whole budget when nothing is queued. Lets a writer cut its next block to fill the request.
   */
  room(): number {
    return this.budgetBytes - this.queuedBytes - ACTION_BYTES - PATH_BYTES;
  }

  /**
   * Call before queueing `operations` actions that carry `dataBytes` of arguments and reach `paths`
   * objects not reached before (by default one new range each); syncs first when they would not fit.
   */
  async reserve(dataBytes: number, operations = 1, paths = operations): Promise<void> {
    const bytes = dataBytes + operations * ACTION_BYTES + paths * PATH_BYTES;
    if (this.queuedOperations > 0 && this.queuedBytes + bytes > this.budgetBytes)
      await this.flush();
    this.queuedBytes += bytes;
    this.queuedOperations += operations;
  }

  /** Sends what is queued (if anything). */
  async flush(): Promise<void> {
    if (this.queuedOperations === 0) return;
    this.queuedBytes = REQUEST_BASE_BYTES;
    this.queuedOperations = 0;
    this.syncs++;
    await this.context.sync();
  }
}
