// The fake RequestContext: queues operations and loads, applies them at sync(), counts syncs and payload bytes.
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { SizedOperation, operationBytes, sizeOperation, utf8Bytes } from "./request-size";
import { FakeWorkbookState } from "./state";

/** A loaded result waiting for the response to be checked before proxies see it. */
export interface Delivery {
  readonly json: string;
  readonly deliver: (data: unknown) => void;
}

interface QueuedOp {
  readonly describe: string;
  readonly size: SizedOperation;
  readonly apply: () => Delivery | void;
  /** A load (a query answered in the response) rather than a write or an action. */
  readonly load?: true;
}

export { utf8Bytes };

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** Fixed overhead of one request/response envelope. */
const ENVELOPE_BYTES = 64;

export class FakeRequestContext {
  private queue: QueuedOp[] = [];
  private closed = false;
  /** True while a sync applies its operations: the fake's own reads then are not the caller's. */
  applying = false;

  constructor(readonly state: FakeWorkbookState) {}

  /** Queues a write or an action; `payload` is what Office would serialise into the request. */
  enqueue(describe: string, payload: unknown, apply: () => void): void {
    this.push({ describe, size: sizeOperation(describe, jsonBytes(payload)), apply });
  }

  /** Queues a load; `read` runs at sync time and its JSON is the response payload. */
  enqueueLoad(describe: string, read: () => unknown, deliver: (data: unknown) => void): void {
    this.push({
      describe,
      size: sizeOperation(describe, 0),
      apply: () => ({ json: JSON.stringify(read() ?? null), deliver }),
      load: true,
    });
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  /** Excel.run ends: proxies of this context are no longer usable. */
  close(): void {
    this.closed = true;
  }

  private push(op: QueuedOp): void {
    if (this.closed) {
      throw new FakeOfficeError(
        FakeErrorCode.invalidOperation,
        `Object used outside its Excel.run: ${op.describe}`
      );
    }
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    // Real syncs are asynchronous round trips; never resolve synchronously.
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const state = this.state;
    state.stats.syncs += 1;
    const syncNumber = state.stats.syncs;
    // Each object path is described once per request, by the first operation that reaches it.
    const described = new Set<string>();
    let requestBytes = ENVELOPE_BYTES;
    for (const op of ops) {
      const bytes = operationBytes(op.size, described);
      requestBytes += bytes;
      state.stats.operations?.push({ sync: syncNumber, describe: op.describe, bytes });
    }
    state.stats.requestBytes.push(requestBytes);
    if (ops.some((op) => !op.load)) state.stats.writeSyncs += 1;
    if (requestBytes > state.limits.payloadBytes) {
      state.stats.responseBytes.push(0);
      throw new FakeOfficeError(
        FakeErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`
      );
    }
    const failure = state.failure?.atSync === syncNumber ? state.failure : null;
    const deliveries: Delivery[] = [];
    let responseBytes = ENVELOPE_BYTES;
    try {
      ops.forEach((op, index) => {
        if (failure && index >= failure.afterOps) {
          throw new FakeOfficeError(FakeErrorCode.generalException, failure.message, op.describe);
        }
        const delivery = this.applyOne(op, syncNumber);
        if (delivery) {
          responseBytes += utf8Bytes(delivery.json);
          deliveries.push(delivery);
        }
      });
      if (failure) throw new FakeOfficeError(FakeErrorCode.generalException, failure.message);
    } finally {
      if (state.stats.responseBytes.length < state.stats.syncs)
        state.stats.responseBytes.push(responseBytes);
    }
    if (responseBytes > state.limits.payloadBytes) {
      const code = state.limits.oversizeCode ?? FakeErrorCode.responsePayloadSizeLimitExceeded;
      throw new FakeOfficeError(
        code,
        code === FakeErrorCode.generalException
          ? "An internal error has occurred."
          : `The response payload size (${responseBytes} bytes) has exceeded the limit.`
      );
    }
    deliveries.forEach((d) => d.deliver(JSON.parse(d.json)));
  }

  private applyOne(op: QueuedOp, syncNumber: number): Delivery | void {
    this.applying = true;
    try {
      const delivery = op.apply();
      this.state.log.push(`${syncNumber}:${op.describe}`);
      return delivery;
    } catch (e) {
      if (e instanceof FakeOfficeError) throw new FakeOfficeError(e.code, e.message, op.describe);
      throw e;
    } finally {
      this.applying = false;
    }
  }
}

export function maxRequestBytes(state: FakeWorkbookState): number {
  return Math.max(0, ...state.stats.requestBytes);
}

export function maxResponseBytes(state: FakeWorkbookState): number {
  return Math.max(0, ...state.stats.responseBytes);
}
