import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { ErrorSummary, type FormState, SubmitButton, TextField } from "./form";

/** What the server sends while two-factor sign-in is being switched on (see accounts/two-factor.server.ts). */
export type TwoFactorSetupView = {
  totpURI: string;
  secret: string;
  backupCodes: string[];
  qr: { size: number; path: string };
};

/**
 * Switching on two-factor sign-in: the QR code to scan, the key as text to type over, the backup
 * codes, and the first code from the app. Used on the account page and the enrolment page at sign-in.
 */
export function TwoFactorSetupSteps({
  setup,
  state,
  next,
}: {
  setup: TwoFactorSetupView;
  state: FormState;
  /** Where to go after enrolment (the enrolment page at sign-in); the account page has none. */
  next?: string;
}) {
  const { t } = useTranslation("auth");
  return (
    <>
      <svg
        className="qr-code"
        role="img"
        aria-label={t("account.qrLabel")}
        data-testid="totp-qr"
        viewBox={`0 0 ${setup.qr.size} ${setup.qr.size}`}
        width="192"
        height="192"
        shapeRendering="crispEdges"
      >
        <rect width={setup.qr.size} height={setup.qr.size} fill="#fff" />
        <path d={setup.qr.path} fill="#000" />
      </svg>
      <p className="utrecht-paragraph">{t("account.secret")}:</p>
      <p>
        <code data-testid="totp-secret">{setup.secret}</code>
      </p>
      <p className="utrecht-paragraph">
        <a href={setup.totpURI}>{t("account.uri")}</a>
      </p>
      <p className="utrecht-paragraph">{t("account.backupCodes")}</p>
      <ul>
        {setup.backupCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <ErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="confirm" />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <input type="hidden" name="totpURI" value={setup.totpURI} />
        <input type="hidden" name="backupCodes" value={setup.backupCodes.join(" ")} />
        <TextField
          name="code"
          label={t("account.confirm")}
          state={state}
          required
          inputMode="numeric"
          autoComplete="one-time-code"
        />
        <div className="actions">
          <SubmitButton>{t("account.confirmSubmit")}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
