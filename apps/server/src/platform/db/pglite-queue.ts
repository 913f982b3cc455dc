import type { PGlite } from '@electric-sql/pglite';

/**
 * A query queue for PGlite served over the wire protocol to several connections.
 *
 * PGlite is one PostgreSQL session. pglite-socket's own queue interleaves messages of
 * different connections whenever no SQL transaction is open, which breaks the extended
 * query protocol (Parse/Bind/Execute/Sync) and its error path can stop the queue for good
 * (electric-sql/pglite#1046). This queue gives one connection the session from its first
 * message until the backend reports ReadyForQuery with status idle ('I'): a whole
 * extended-protocol batch and a whole transaction run without interleaving. When the
 * owner disconnects mid-transaction, the transaction is rolled back.
 *
 * It implements the interface `PGLiteSocketHandler` expects of `queryQueue`.
 */
type Pending = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]); // 'S', length 4
/** Owner while a departed connection's leftovers are cleaned up: nobody's messages run. */
const RESETTING = -1;

export class SessionQueue {
  private readonly db: PGlite;
  private queue: Pending[] = [];
  private processing = false;
  /** The connection that holds the session, or null when the session is idle. */
  private owner: number | null = null;

  constructor(db: PGlite) {
    this.db = db;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /**
   * Called when a connection goes away. If it held the session, end whatever it left open
   * (an unfinished extended-protocol batch, a transaction) before anyone else runs.
   */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    this.owner = RESETTING;
    try {
      if (!this.db.closed) {
        // PGlite's own lock waits for a message still running; Sync ends a pending batch.
        await this.db.execProtocolRaw(SYNC);
        if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
      }
    } catch {
      // The session is reset as far as it can be; nothing else to do.
    } finally {
      this.owner = null;
      void this.drain();
    }
  }

  private take(): Pending | undefined {
    if (this.owner === null) return this.queue.shift();
    const index = this.queue.findIndex((item) => item.handlerId === this.owner);
    if (index === -1) return undefined;
    return this.queue.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let item = this.take(); item; item = this.take()) {
        await this.run(item);
      }
    } finally {
      this.processing = false;
    }
  }

  private async run(item: Pending): Promise<void> {
    this.owner = item.handlerId;
    let bytes = 0;
    const tail = new Uint8Array(6);
    let tailLength = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (chunk: Uint8Array) => {
            bytes += chunk.length;
            // Keep the last 6 bytes: a ReadyForQuery message is 'Z', int32 5, status.
            for (const byte of chunk.length > 6 ? chunk.subarray(chunk.length - 6) : chunk) {
              tail.copyWithin(0, 1);
              tail[5] = byte;
              tailLength = Math.min(6, tailLength + 1);
            }
            item.onData(chunk);
          },
        }),
      );
      const endsReady = tailLength === 6 && tail[0] === READY_FOR_QUERY && tail[4] === 5;
      if (endsReady && tail[5] === IDLE) this.owner = null;
      item.resolve(bytes);
    } catch (error) {
      // The session's state is unknown after an internal failure: release it and go on.
      this.owner = null;
      item.reject(error);
    }
  }
}
