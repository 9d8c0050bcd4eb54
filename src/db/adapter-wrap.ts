/**
 * Driver-adapter wrappers. Two concerns live here, both below Prisma so they see every statement:
 *
 * 1. SQLite serialisation. The better-sqlite3 adapter shares one connection between the root client and
 *    interactive transactions, and only transaction starts take its lock, so a plain query issued while a
 *    transaction is open would join (and be rolled back with) that transaction. We hold one mutex for the
 *    whole life of a transaction and for every root statement, which makes each transaction truly
 *    isolated. better-sqlite3 is synchronous, so the mutex costs next to nothing.
 * 2. Statement counting per request (AsyncLocalStorage), so tests and benches can prove there is no N+1,
 *    and, when a test asks, recording each statement's text (the statement snapshots of the read paths).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export interface QueryCounter {
  count: number;
  /** When present, each statement's text is recorded here, in order. */
  statements?: string[];
  /** When present, counts the statements that came through the ORM (the rest are the driver path's). */
  orm?: number;
}

export const queryCounter = new AsyncLocalStorage<QueryCounter>();

/** Counts one statement against the current request (the driver path counts its own too). */
export function countQuery(text?: string, viaOrm = false): void {
  const store = queryCounter.getStore();
  if (!store) return;
  store.count++;
  if (viaOrm && store.orm !== undefined) store.orm++;
  if (store.statements && text !== undefined) store.statements.push(text);
}

/** A FIFO mutex: `acquire` resolves with a release function. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

function wrapTransaction(tx: Transaction, onEnd: () => void): Transaction {
  let ended = false;
  const end = () => {
    if (!ended) {
      ended = true;
      onEnd();
    }
  };
  return {
    get provider() {
      return tx.provider;
    },
    get adapterName() {
      return tx.adapterName;
    },
    options: tx.options,
    queryRaw(query: SqlQuery) {
      countQuery(query.sql, true);
      return tx.queryRaw(query);
    },
    executeRaw(query: SqlQuery) {
      countQuery(query.sql, true);
      return tx.executeRaw(query);
    },
    async commit() {
      try {
        await tx.commit();
      } finally {
        end();
      }
    },
    async rollback() {
      try {
        await tx.rollback();
      } finally {
        end();
      }
    },
  };
}

function wrapAdapter(inner: SqlDriverAdapter, mutex: Mutex | null): SqlDriverAdapter {
  const guarded = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (!mutex) return fn();
    const release = await mutex.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  };
  const wrapped: SqlDriverAdapter = {
    get provider() {
      return inner.provider;
    },
    get adapterName() {
      return inner.adapterName;
    },
    queryRaw(query) {
      countQuery(query.sql, true);
      return guarded(() => inner.queryRaw(query));
    },
    executeRaw(query) {
      countQuery(query.sql, true);
      return guarded(() => inner.executeRaw(query));
    },
    executeScript(script) {
      return guarded(() => inner.executeScript(script));
    },
    async startTransaction(isolationLevel) {
      if (!mutex) return wrapTransaction(await inner.startTransaction(isolationLevel), () => {});
      const release = await mutex.acquire();
      try {
        return wrapTransaction(await inner.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    dispose() {
      return inner.dispose();
    },
  };
  if (inner.getConnectionInfo) wrapped.getConnectionInfo = () => inner.getConnectionInfo!();
  return wrapped;
}

/**
 * Wraps a driver-adapter factory.
 * @param serialize one mutex around every statement and transaction (SQLite)
 * @param onConnect runs once on the raw connection before Prisma uses it (pragmas; handing the
 *   connection and its mutex to the driver path)
 */
export function wrapAdapterFactory(
  factory: SqlDriverAdapterFactory,
  options: { serialize: boolean; onConnect?: (adapter: SqlDriverAdapter, mutex: Mutex | null) => Promise<void> },
): SqlDriverAdapterFactory {
  // One connection however many ask: the driver path may open it before Prisma does (so a start does
  // not wait on loading the ORM's query compiler), and Prisma then gets the same one.
  let connected: Promise<SqlDriverAdapter> | null = null;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect() {
      connected ??= (async () => {
        const adapter = await factory.connect();
        const mutex = options.serialize ? new Mutex() : null;
        await options.onConnect?.(adapter, mutex);
        const wrapped = wrapAdapter(adapter, mutex);
        const dispose = wrapped.dispose.bind(wrapped);
        wrapped.dispose = () => {
          connected = null;
          return dispose();
        };
        return wrapped;
      })().catch((error) => {
        connected = null;
        throw error;
      });
      return connected;
    },
  };
}
