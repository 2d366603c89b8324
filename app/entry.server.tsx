import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import type { EntryContext, HandleDataRequestFunction } from "react-router";
import { ServerRouter } from "react-router";
import { closeDatabase, getDatabase } from "~/db/client.server";
import { i18nFor } from "~/i18n/i18n.server";
import { localeOf } from "~/i18n/locale.server";
import { AppError } from "~/lib/errors";
import { createNonce, setCommonHeaders, setPageHeaders } from "~/lib/headers.server";
import { errorForLog, log } from "~/lib/log.server";
import { NonceContext } from "~/lib/nonce";
import { startJobRunner, stopJobRunner } from "~/modules/jobs/runner.server";
import "~/modules/assignments/reminders.server";
import "~/modules/employers/reminders.server";
import "~/modules/intervisie/reminders.server";
import "~/modules/tandems/reminders.server";
import "~/modules/pilots/reminders.server";
import "~/modules/mail/queue.server";
import { planRetention } from "~/modules/privacy/retention.server";

export const streamTimeout = 5_000;

/** Called by server.mjs before it listens: opens and migrates the database, starts the job runner. */
export async function startup(): Promise<{ kind: string }> {
  const database = await getDatabase();
  await planRetention(database.db);
  startJobRunner(database.db);
  return { kind: database.kind };
}

/** Called on SIGTERM/SIGINT: closes the database so the embedded one is left clean. */
export async function shutdown(): Promise<void> {
  stopJobRunner();
  await closeDatabase();
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  if (error instanceof AppError) return;
  // errorForLog: a failed query's parameters (a name, an e-mail address) are left out.
  log.error({ err: errorForLog(error) }, "request failed");
}

/** Pages with personal data: every signed-in page, the evaluation page, and any page for a signed-in person. */
function isPersonal(request: Request, routerContext: EntryContext): boolean {
  const ids = routerContext.staticHandlerContext.matches.map((m) => m.route.id);
  if (ids.some((id) => id === "routes/_app" || id.startsWith("routes/evaluatie"))) return true;
  return /session_token=/.test(request.headers.get("cookie") ?? "");
}

/** Loader and action data (`.data` requests) holds the same personal data as the page: never cached. */
export const handleDataRequest: HandleDataRequestFunction = (response) => {
  setCommonHeaders(response.headers);
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "private, no-store");
  return response;
};

/**
 * Renders the whole page before sending it: one body, compressed in one go. Tandem's pages have no
 * Suspense of their own, so streaming gains nothing, and streamed, @react-router/node flushes the
 * compression after every 2 KB chunk React writes (measured: about a third of a signed-in page's CPU).
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const nonce = createNonce();
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <I18nextProvider i18n={i18nFor(localeOf(request))}>
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </I18nextProvider>
      </NonceContext.Provider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          const chunks: Buffer[] = [];
          const body = new PassThrough();
          body.on("data", (chunk: Buffer) => chunks.push(chunk));
          body.on("end", () => {
            responseHeaders.set("Content-Type", "text/html; charset=utf-8");
            setPageHeaders(responseHeaders, nonce, { personal: isPersonal(request, routerContext) });
            resolve(
              new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }),
            );
          });
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered && !(error instanceof AppError))
            log.error({ err: errorForLog(error) }, "render failed");
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}
