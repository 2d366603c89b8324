/** The one error type modules throw; routes need not catch it (see `type`/`data`/`init` below). */
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "INVALID"
  | "UNAUTHENTICATED"
  | "RATE_LIMITED"
  | "UNAVAILABLE"
  | "TOO_LARGE";

export const httpStatus: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID: 400,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  TOO_LARGE: 413,
};

export type AppErrorData = { code: AppErrorCode; messageKey: string };

export class AppError extends Error {
  /**
   * React Router treats a thrown object of this shape like `throw data(...)`: the error boundary gets
   * an ErrorResponse with this status and data, on the server and in the browser alike.
   */
  readonly type = "DataWithResponseInit";
  readonly data: AppErrorData;
  readonly init: { status: number };

  constructor(
    readonly code: AppErrorCode,
    /** An i18n key shown to the user. Never personal data. */
    readonly messageKey: string = `errors.${code}`,
    /** Field-level messages (i18n keys) for INVALID and CONFLICT. */
    readonly fields: Record<string, string[]> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
    this.data = { code, messageKey };
    this.init = { status: httpStatus[code] };
  }
}
