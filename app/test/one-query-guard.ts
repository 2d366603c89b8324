import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * Test-only guard (issue 14.16): a connection runs one query at a time. pg warns today and refuses
 * in its next major; on PGlite statements of one transaction would interleave. A second query on a
 * connection that is still busy fails the test instead. Not a mock: the real client runs every query.
 */
export class ConcurrentQueryError extends Error {
  constructor() {
    super(
      "A second query started on a connection that is still running one (use await in turn, not Promise.all).",
    );
  }
}

type AnyFn = (...args: unknown[]) => unknown;

/**
 * Wraps the query methods: a query that starts while another runs still runs (the driver queues it,
 * so the connection stays in a sane state), but its promise rejects, so the caller's test fails.
 */
function guard<T extends object>(target: T, methods: string[]): T {
  let running = 0;
  const record = target as unknown as Record<string, AnyFn>;
  for (const method of methods) {
    const original = record[method].bind(target);
    record[method] = (...args: unknown[]) => {
      const overlapping = running > 0;
      running += 1;
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (error: unknown, ...results: unknown[]) => {
          running -= 1;
          return (callback as AnyFn)(overlapping ? new ConcurrentQueryError() : error, ...results);
        };
        return original(...args);
      }
      return Promise.resolve(original(...args)).then(
        (result) => {
          running -= 1;
          if (overlapping) throw new ConcurrentQueryError();
          return result;
        },
        (error: unknown) => {
          running -= 1;
          throw overlapping ? new ConcurrentQueryError() : error;
        },
      );
    };
  }
  return target;
}

/** Every client the pool hands out refuses a second query while one runs. */
export function guardPool(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    guard(client, ["query"]);
  });
}

/** Every PGlite transaction refuses a second statement while one runs. */
export function guardPglite(pglite: PGlite): void {
  const original = pglite.transaction.bind(pglite);
  pglite.transaction = <T>(callback: (tx: Transaction) => Promise<T>) =>
    original((tx) => callback(guard(tx, ["query", "exec"])));
}
