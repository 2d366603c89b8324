// Starts the built server (BUILD_DIR, default "build") behind a pretend HTTPS proxy (TRUST_PROXY=1,
// BASE_URL https) on a fresh embedded database, and checks issue 14's points 5, 6, 9 and 10 over
// HTTP. Usage: BUILD_DIR=build-4300 PORT=4301 node scripts/security-probe.mjs
// Exit code 0 when every check passes; one line per check on stdout.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = Number(process.env.PORT ?? 4301);
const origin = `http://127.0.0.1:${port}`;
const publicHost = "tandem.example.org";
const dataDir = mkdtempSync(join(tmpdir(), "tandem-probe-"));
const server = spawn(process.execPath, ["server.mjs"], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    TRUST_PROXY: "1",
    BASE_URL: `https://${publicHost}`,
    LOG_REQUESTS: "off",
    AUTH_SECRET: "probe-secret-probe-secret-probe-secret",
    OUTBOX_DIR: join(dataDir, "outbox"),
  },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", (chunk) => String(chunk).includes("Tandem on") && resolve());
  server.on("exit", (code) => reject(new Error(`server exited ${code}`)));
});

let failed = 0;
const check = (name, ok, detail = "") => {
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
};
/** As the proxy would send it: the visitor's address appended last, the scheme and host it saw. */
const viaProxy = (visitor = "203.0.113.5", extra = {}) => ({
  "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}, ${visitor}`,
  "x-forwarded-proto": "https",
  "x-forwarded-host": publicHost,
  ...extra,
});
const form = (fields) => new URLSearchParams(fields).toString();
const post = (path, body, headers = {}) =>
  fetch(`${origin}${path}`, {
    method: "POST",
    redirect: "manual",
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: `https://${publicHost}`,
      ...viaProxy(),
      ...headers,
    },
  });

try {
  // Behind the HTTPS proxy the origin check passes: the setup form works and signs the admin in.
  const setup = await post(
    "/setup",
    form({
      centreName: "Proefcentrum",
      slug: "proef",
      adminName: "Proef Beheer",
      email: "beheer@proef.example",
      password: "een-lang-proefwachtwoord-42",
    }),
  );
  check(
    "a form POST behind the HTTPS proxy is not refused by the origin check",
    setup.status === 302,
    `status ${setup.status}`,
  );
  const cookie = (setup.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  check(
    "the session cookie is Secure behind https",
    (setup.headers.get("set-cookie") ?? "").includes("Secure"),
  );
  const get = (path, headers = {}) =>
    fetch(`${origin}${path}`, { redirect: "manual", headers: { cookie, ...viaProxy(), ...headers } });

  // 10. Headers
  const login = await fetch(`${origin}/login`, { headers: viaProxy() });
  const html = await login.text();
  const csp = login.headers.get("content-security-policy") ?? "";
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  check(
    "a page has a CSP with a nonce and no unsafe-inline scripts",
    Boolean(nonce) && !/script-src[^;]*unsafe-inline/.test(csp),
  );
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  check(
    "every script tag carries the nonce",
    scripts.length > 0 && scripts.every((s) => s.includes(`nonce="${nonce}"`)),
    `${scripts.length} scripts`,
  );
  const again = await fetch(`${origin}/login`, { headers: viaProxy() });
  check(
    "the nonce differs per response",
    !(again.headers.get("content-security-policy") ?? "").includes(nonce),
  );
  check("HSTS on https", /max-age=\d+/.test(login.headers.get("strict-transport-security") ?? ""));
  check("Permissions-Policy", (login.headers.get("permissions-policy") ?? "").includes("camera=()"));
  const start = await get("/start");
  check(
    "a signed-in page is no-store",
    start.status === 200 && (start.headers.get("cache-control") ?? "").includes("no-store"),
    `status ${start.status}`,
  );
  const data = await get("/start.data");
  check(
    "a data response is no-store and nosniff",
    (data.headers.get("cache-control") ?? "").includes("no-store") &&
      data.headers.get("x-content-type-options") === "nosniff",
  );
  const csv = await get("/export/pool.csv");
  check(
    "a download is no-store and nosniff",
    csv.status === 200 &&
      (csv.headers.get("cache-control") ?? "").includes("no-store") &&
      csv.headers.get("x-content-type-options") === "nosniff",
    `status ${csv.status}`,
  );

  // 9. Bad input gets a 4xx
  const statuses = {
    "/requests/not-a-uuid": (await get("/requests/not-a-uuid")).status,
    "/pool/not-a-uuid/edit": (await get("/pool/not-a-uuid/edit")).status,
    "/agenda/x.ics": (await get("/agenda/not-a-uuid/ics")).status,
    "/clients?search=NUL": (await get("/clients?search=a%00b")).status,
    "/requests?status=NUL": (await get("/requests?status=%00")).status,
    "/aanvraag/proef%00": (await get("/aanvraag/proef%00")).status,
    "POST /login JSON 10 MB": (
      await post("/login", JSON.stringify({ email: "x".repeat(10 * 1024 * 1024) }), {
        "content-type": "application/json",
      })
    ).status,
    "POST /login form 10 MB": (await post("/login", `email=${"x".repeat(10 * 1024 * 1024)}`)).status,
    "POST multipart no boundary": (
      await post("/login", "--x--", { "content-type": "multipart/form-data", cookie })
    ).status,
    "POST multipart wrong boundary": (
      await post("/login", '--a\r\ncontent-disposition: form-data; name="email"\r\n\r\nx\r\n--a--\r\n', {
        "content-type": "multipart/form-data; boundary=b",
      })
    ).status,
  };
  for (const [name, status] of Object.entries(statuses)) {
    if (!status) continue;
    // a search with a NUL byte is answered normally; the rest is refused
    const ok =
      name.includes("NUL") && !name.startsWith("/aanvraag") ? status === 200 : status >= 400 && status < 500;
    check(
      `${name} is ${name.includes("NUL") && !name.startsWith("/aanvraag") ? "a 200" : "a 4xx"}`,
      ok,
      `status ${status}`,
    );
  }

  // 5. Redirects stay on the site
  const lang = await post("/language", form({ lang: "en", next: "/\t/evil.example/x" }), { cookie });
  check(
    "/language refuses /\\t/evil.example",
    lang.headers.get("location") === "/",
    lang.headers.get("location") ?? "",
  );
  const lang2 = await post("/language", form({ lang: "en", next: "/\\evil.example" }), { cookie });
  check(
    "/language refuses /\\\\evil.example",
    lang2.headers.get("location") === "/",
    lang2.headers.get("location") ?? "",
  );
  const signIn = await post(
    "/login",
    form({
      email: "beheer@proef.example",
      password: "een-lang-proefwachtwoord-42",
      next: "/\t/evil.example/x",
    }),
    { ...viaProxy("203.0.113.6") },
  );
  check(
    "log-in with next=/%09/evil.example lands on the site",
    signIn.headers.get("location") === "/start",
    signIn.headers.get("location") ?? "",
  );

  // 6. Rate limits: rotating the client-chosen part of X-Forwarded-For does not help
  let limited = 0;
  for (let i = 0; i < 40; i++) {
    const r = await post(
      "/login",
      form({ email: `niemand${i}@example.org`, password: "verkeerd-wachtwoord" }),
      viaProxy("203.0.113.50"),
    );
    if (r.status === 429) limited++;
  }
  check(
    "40 log-in tries with rotating X-Forwarded-For: the last 10 are limited",
    limited === 10,
    `${limited} limited`,
  );
  const other = await post(
    "/login",
    form({ email: "iemand@example.org", password: "verkeerd-wachtwoord" }),
    viaProxy("203.0.113.51"),
  );
  check("another visitor is not locked out", other.status === 400, `status ${other.status}`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.on("exit", resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failed ? `${failed} checks failed` : "all checks passed");
process.exit(failed ? 1 : 0);
