import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import type { EntryContext } from "react-router";
import { ServerRouter } from "react-router";
import { closeDatabase, getDatabase } from "~/db/client.server";
import { i18nFor } from "~/i18n/i18n.server";
import { localeOf } from "~/i18n/locale.server";
import { AppError } from "~/lib/errors";
import { log } from "~/lib/log.server";
import { startJobRunner, stopJobRunner } from "~/modules/jobs/runner.server";
import "~/modules/assignments/reminders.server";
import "~/modules/mail/queue.server";

export const streamTimeout = 5_000;

/** Called by server.mjs before it listens: opens and migrates the database, starts the job runner. */
export async function startup(): Promise<{ kind: string }> {
  const database = await getDatabase();
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
  log.error(
    {
      err:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    },
    "request failed",
  );
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");
    const readyOption =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18nFor(localeOf(request))}>
        <ServerRouter context={routerContext} url={request.url} />
      </I18nextProvider>,
      {
        [readyOption]() {
          shellRendered = true;
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("X-Content-Type-Options", "nosniff");
          responseHeaders.set("Referrer-Policy", "same-origin");
          responseHeaders.set("X-Frame-Options", "DENY");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered && !(error instanceof AppError))
            log.error({ err: String(error) }, "render failed");
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}
