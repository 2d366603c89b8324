/** A small load generator: N keep-alive connections, each sending the next request when the last answered. */
import { Agent, request } from "node:http";

/** Answers other than 200 by status, or by error code when the connection failed (e.g. ECONNRESET). */
export type Errors = Record<string, number>;

export type LoadResult = {
  requests: number;
  errors: Errors;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  /** Each answered request's time in ms, to combine several runs with `summarise`. */
  times: number[];
};

/** Figures over the times of one or more runs. */
export function summarise(times: number[], errors: Errors, seconds: number): LoadResult {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return {
    requests: sorted.length,
    errors,
    seconds,
    rps: sorted.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    times,
  };
}

function once(
  agent: Agent,
  url: string,
  cookie: string | undefined,
): Promise<{ status: number | string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const headers: Record<string, string> = { "accept-encoding": "br, gzip" };
    if (cookie) headers.cookie = cookie;
    const req = request(url, { agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      res.on("error", (e: NodeJS.ErrnoException) =>
        resolve({ status: e.code ?? "error", ms: performance.now() - t0 }),
      );
    });
    req.on("error", (e: NodeJS.ErrnoException) =>
      resolve({ status: e.code ?? "error", ms: performance.now() - t0 }),
    );
    req.end();
  });
}

/**
 * Runs `connections` loops for `seconds`. Loop i uses cookies[i % cookies.length] (or none) and
 * walks through `urls` in turn. A non-200 answer counts as an error.
 */
export async function load(options: {
  urls: string[];
  cookies?: string[];
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const end = Date.now() + options.seconds * 1000;
  const times: number[] = [];
  const errors: Errors = {};
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async (_, i) => {
      const cookie = options.cookies?.length ? options.cookies[i % options.cookies.length] : undefined;
      for (let n = i; Date.now() < end; n++) {
        const { status, ms } = await once(agent, options.urls[n % options.urls.length], cookie);
        if (status === 200) times.push(ms);
        else errors[status] = (errors[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return summarise(times, errors, seconds);
}

/** "0", or e.g. "15 (500: 12, ECONNRESET: 3)". */
export function errorText(errors: Errors): string {
  const entries = Object.entries(errors);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return total === 0 ? "0" : `${total} (${entries.map(([status, n]) => `${status}: ${n}`).join(", ")})`;
}

/** Adds the second count of errors to the first. */
export function addErrors(into: Errors, more: Errors): void {
  for (const [status, n] of Object.entries(more)) into[status] = (into[status] ?? 0) + n;
}
