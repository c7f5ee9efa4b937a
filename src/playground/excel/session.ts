import { StandInError } from "./errors";
import type { WorkbookModel } from "./model";

/** One round trip, as the stand-in counts it. */
export interface SyncRecord {
  /** Which `host.run` since the log was last reset, from 1. */
  readonly run: number;
  /** UTF-8 bytes of the JSON of the queued operations (arguments and set values included). */
  readonly bytes: number;
  readonly operations: number;
  /** `application.suspendApiCalculationUntilNextSync()` was queued in this batch. */
  readonly calculationSuspended: boolean;
  /** UTF-8 bytes of the JSON of what the loads brought back. */
  readonly responseBytes: number;
  /** The error code when the sync failed. */
  readonly error?: string;
}

interface Operation {
  readonly request: Readonly<Record<string, unknown>>;
  readonly apply: () => void;
}

export interface SessionOptions {
  readonly run: number;
  readonly payloadLimit: number;
  readonly record: (sync: SyncRecord) => void;
  /** Runs after each operation a sync applies (a formula engine follows new sheets and names). */
  readonly afterOperation?: () => void;
  /** Runs once a sync has applied its operations, even when one failed, with their requests. */
  readonly afterSync?: (requests: readonly Readonly<Record<string, unknown>>[]) => void;
  /** Sees every member used (StandInOptions.apiGate). */
  readonly apiGate?: ApiGate;
}

/**
 * Sees every member the Excel layer uses, as the stand-in class's name and the member's name
 * (`StandInWorksheet`, `pageLayout`), before it is queued; throws to refuse it, as an Excel
 * without the member's requirement set does (ApiNotFound).
 */
export type ApiGate = (standInClass: string, member: string) => void;

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** One `run`: the operations queued since the last sync, and what each sync sends and returns. */
export class Session {
  /**
   * True while a sync applies operations. Proxies made then come out of a response (collection
   * items, navigation read by a load), so, as in Office, they queue no operation of their own.
   */
  processing = false;
  #queue: Operation[] = [];
  #response: unknown[] = [];
  #commits: (() => void)[] = [];
  #ids = 0;
  #closed = false;

  constructor(
    readonly book: WorkbookModel,
    private readonly options: SessionOptions
  ) {}

  get payloadLimit(): number {
    return this.options.payloadLimit;
  }

  nextId(): number {
    return ++this.#ids;
  }

  /** A member of `object` is used: the gate, if any, may refuse it. */
  touch(object: object, member: string): void {
    this.options.apiGate?.(object.constructor.name, member);
  }

  enqueue(request: Readonly<Record<string, unknown>>, apply: () => void): void {
    if (this.#closed) throw new StandInError("InvalidRequestContext");
    this.#queue.push({ request, apply });
  }

  /** What a load read; it reaches the proxy (`commit`) only when the whole sync succeeds. */
  respond(values: unknown, commit: () => void): void {
    this.#response.push(values);
    this.#commits.push(commit);
  }

  /** After `run` ends its proxies cannot queue or sync any more. */
  close(): void {
    this.#closed = true;
  }

  async sync(): Promise<void> {
    if (this.#closed) throw new StandInError("InvalidRequestContext");
    const operations = this.#queue;
    this.#queue = [];
    // Office sends nothing when nothing is queued: no round trip.
    if (operations.length === 0) return;
    const bytes = utf8Bytes(JSON.stringify(operations.map((op) => op.request)));
    // The host answers later: nothing changes until the caller awaits.
    await Promise.resolve();
    let responseBytes = 0;
    let error: string | undefined;
    let applied = false;
    try {
      if (bytes > this.payloadLimit) throw new StandInError("RequestPayloadSizeLimitExceeded");
      [this.#response, this.#commits] = [[], []];
      this.processing = true;
      // Not a transaction, as in Excel: what ran before a failing operation stays done.
      applied = true;
      for (const op of operations) {
        op.apply();
        this.options.afterOperation?.();
      }
      responseBytes = utf8Bytes(JSON.stringify(this.#response));
      if (responseBytes > this.payloadLimit) {
        throw new StandInError("ResponsePayloadSizeLimitExceeded");
      }
      for (const commit of this.#commits) commit();
    } catch (caught) {
      error = caught instanceof StandInError ? caught.code : String(caught);
      throw caught;
    } finally {
      this.processing = false;
      const calculationSuspended = operations.some(
        (op) => op.request.method === "suspendApiCalculationUntilNextSync"
      );
      this.options.record({
        run: this.options.run,
        bytes,
        operations: operations.length,
        calculationSuspended,
        responseBytes,
        ...(error === undefined ? {} : { error }),
      });
      if (applied) this.options.afterSync?.(operations.map((op) => op.request));
    }
  }
}
