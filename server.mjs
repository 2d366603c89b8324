// Production server: serves the built app (npm start builds first). Runs migrations before it listens.
process.env.NODE_ENV ??= "production";
const { default: express } = await import("express");
const { createRequestHandler } = await import("@react-router/express");

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

const app = express();
app.disable("x-powered-by");
app.use("/assets", express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: "1y" }));
app.use(express.static(`${buildDir}/client`, { maxAge: "1h" }));
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

async function shutdown() {
  server.close();
  await build.entry.module.shutdown();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
