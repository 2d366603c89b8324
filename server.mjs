// Production server: serves the built app (npm start builds first). Runs migrations before it listens.
process.env.NODE_ENV ??= "production";
const { default: express } = await import("express");
const { createRequestHandler } = await import("@react-router/express");
const { default: compression } = await import("compression");
const { existsSync } = await import("node:fs");
const { constants: zlib } = await import("node:zlib");
const { extname, resolve } = await import("node:path");

const buildDir = process.env.BUILD_DIR ?? "build";
const build = await import(`./${buildDir}/server/index.js`);
const started = Date.now();
let kind;
try {
  ({ kind } = await build.entry.module.startup());
} catch (error) {
  // A refusal the operator can act on (DATA_DIR in use by another process, not a Tandem database):
  // one sentence and exit code 1, no stack trace.
  const known = ["DataDirInUse", "NotATandemDatabase"].includes(error?.name);
  console.error(known ? error.message : `Tandem could not start: ${error?.message ?? error}`);
  if (!known && process.env.TANDEM_DEBUG) console.error(error);
  process.exit(1);
}

/**
 * TRUST_PROXY: unset, "false" or "0" trusts no proxy (the socket's address is the client); a number is
 * the count of proxies in front (1 for one nginx or Caddy); otherwise a comma-separated list of
 * addresses or subnets of the proxies (e.g. "loopback" or "10.0.0.0/8"). Only then are
 * X-Forwarded-For, -Proto and -Host believed (Express's "trust proxy").
 */
function trustProxy(value) {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return false;
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "true") {
    console.error(
      "TRUST_PROXY=true would believe any client's X-Forwarded-For. Give the number of proxies (1) or their addresses.",
    );
    process.exit(1);
  }
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", trustProxy(process.env.TRUST_PROXY));
// The client's address for rate limits and sessions: the socket's, or what a trusted proxy reports.
// A header of this name sent by the client is overwritten, so nobody can choose their own bucket.
app.use((req, _res, next) => {
  req.headers["x-tandem-client-address"] = req.ip ?? req.socket.remoteAddress ?? "unknown";
  if (app.get("trust proxy fn")(req.socket.remoteAddress, 0)) {
    // The public host as the proxy saw it, so React Router's origin check compares like with like
    // (@react-router/express would otherwise add the Host header's port to X-Forwarded-Host).
    if (req.get("x-forwarded-host")) req.headers.host = req.host;
  } else {
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto"]) delete req.headers[name];
  }
  next();
});
// Scripts and styles: the .br/.gz written at build time; anything else (pages, data, a file without
// a precompressed twin) is compressed as it is sent (brotli when the browser takes it, else gzip).
app.use("/assets", precompressed(`${buildDir}/client/assets`));
// Brotli quality 4: a 50 KB page in 0.6 ms and 3% larger than at quality 5, which takes 1.7 ms of CPU
// and several MB of memory per response (5 and up use far larger match finders).
app.use(compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }, threshold: 1024 }));
app.use("/assets", express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: "1y" }));
// Files in public/ (favicon.svg, templates/…) all have an extension; a page never does, so a page
// request does not first look for a file (a missing file costs a stat and an error object).
const publicFiles = express.static(`${buildDir}/client`, { maxAge: "1h" });
app.use((req, res, next) => (extname(req.path) ? publicFiles(req, res, next) : next()));
// One JSON line per request: method, path without query (no tokens or e-mail addresses), status, time.
app.use((req, res, next) => {
  const t0 = process.hrtime.bigint();
  res.on("finish", () => {
    if (process.env.LOG_REQUESTS === "off") return;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    process.stdout.write(
      `${JSON.stringify({ level: 30, time: Date.now(), msg: "request", method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) })}\n`,
    );
  });
  next();
});
app.all("/{*splat}", createRequestHandler({ build }));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const server = app.listen(port, host, () => {
  console.log(`Tandem on http://localhost:${port} (database: ${kind}, ready in ${Date.now() - started} ms)`);
});
server.on("error", async (error) => {
  const reason =
    error.code === "EADDRINUSE"
      ? `port ${port} is already in use: stop the other program or start Tandem with another PORT`
      : error.code === "EACCES"
        ? `no permission to listen on port ${port}: choose a PORT above 1024`
        : error.message;
  console.error(`Tandem could not start: ${reason}.`);
  await build.entry.module.shutdown().catch(() => {});
  process.exit(1);
});

async function shutdown() {
  server.close();
  await build.entry.module.shutdown();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);

/** Serves the .br or .gz file that scripts/precompress.mjs wrote beside an asset, when the browser takes it. */
function precompressed(root) {
  const types = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
  };
  return (req, res, next) => {
    const type = types[extname(req.path)];
    if (!type || req.path.includes("..")) return next();
    const accepts = String(req.headers["accept-encoding"] ?? "");
    for (const [encoding, suffix] of [
      ["br", ".br"],
      ["gzip", ".gz"],
    ]) {
      if (!accepts.includes(encoding)) continue;
      const file = resolve(root, `.${req.path}${suffix}`);
      if (!existsSync(file)) continue;
      res.set({
        "Content-Encoding": encoding,
        "Content-Type": type,
        "Cache-Control": "public, max-age=31536000, immutable",
        Vary: "Accept-Encoding",
        "X-Content-Type-Options": "nosniff",
      });
      return res.sendFile(file);
    }
    next();
  };
}
