import { Form, Link, redirect } from "react-router";
import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { acceptInvitation, findInvitation } from "~/modules/accounts/invitations.server";
import { getViewer, requireViewer } from "~/modules/accounts/viewer.server";
import { SubmitButton } from "~/ui/form";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/invitations.$token";

export const handle: RouteHandle = { i18n: ["users"], hydrate: false };

export const meta: Route.MetaFunction = () => [{ title: "Uitnodiging – Tandem" }];

/** An invitation to a centre: shown to anyone with the link, accepted only signed in as the invited address. */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const invitation = await findInvitation(db, params.token);
  const viewer = await getViewer(request, db);
  const here = url.pathname;
  return {
    centreName: invitation.centreName,
    role: invitation.role,
    state: invitation.state,
    signedIn: Boolean(viewer),
    forYou: viewer ? viewer.email.toLowerCase() === invitation.email : false,
    next: here,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requireViewer(request);
  await acceptInvitation(scope.db, { userId: scope.userId, email: scope.email }, params.token);
  return redirect("/account?notice=joined");
}

export default function Invitation({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("users");
  const { t: tc } = useTranslation();
  const { state, signedIn, forYou } = loaderData;
  return (
    <Shell>
      <div className="page--narrow">
        <PageTitle>{t("invitation.title")}</PageTitle>
        <p className="utrecht-paragraph">
          {t("invitation.intro", { centre: loaderData.centreName, role: tc(`roles.${loaderData.role}`) })}
        </p>
        {state !== "open" ? (
          <p className="notice" role="status">
            {t(`invitation.${state}`)}
          </p>
        ) : !signedIn ? (
          <>
            <p className="utrecht-paragraph">{t("invitation.signInFirst")}</p>
            <ul>
              <li>
                <Link
                  className="utrecht-link"
                  to={`/login?${new URLSearchParams({ next: loaderData.next })}`}
                >
                  {t("invitation.signInPassword")}
                </Link>
              </li>
              <li>
                <Link className="utrecht-link" to="/login/code">
                  {t("invitation.signInCode")}
                </Link>
              </li>
            </ul>
          </>
        ) : !forYou ? (
          <p className="notice" role="status">
            {t("invitation.otherAccount")}
          </p>
        ) : (
          <>
            <p className="utrecht-paragraph">{t("invitation.stays")}</p>
            <Form method="post" className="form">
              <div className="actions">
                <SubmitButton>{t("invitation.accept")}</SubmitButton>
              </div>
            </Form>
          </>
        )}
      </div>
    </Shell>
  );
}
