import { Form } from "react-router";
import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { redirectWithNotice } from "~/lib/notice";
import { acceptInvitation, findInvitation } from "~/modules/accounts/invitations.server";
import { getViewer, requireViewer } from "~/modules/accounts/viewer.server";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
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
    brand: await publicCentreBrand(db, invitation.centreSlug),
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
  return redirectWithNotice("/account", "invitationAccepted");
}

export default function Invitation({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("users");
  const { t: tc } = useTranslation();
  const { state, signedIn, forYou, role } = loaderData;
  // an expert reads "je", everyone else "u"; only staff have a password to sign in with
  const say = (
    key: "intro" | "stays" | "accept" | "signInFirst" | "expired" | "accepted" | "otherAccount",
  ) => (role === "expert" ? `invitation.je.${key}` : `invitation.${key}`);
  const withPassword = role === "admin" || role === "coordinator";
  return (
    <Shell centre={loaderData.brand ?? { name: loaderData.centreName }} narrow>
      <div className="page--narrow">
        <PageTitle>{t("invitation.title")}</PageTitle>
        <p className="utrecht-paragraph">
          {t(say("intro"), { centre: loaderData.centreName, role: tc(`roles.${role}`) })}
        </p>
        {state !== "open" ? (
          <Notice kind="warning">
            <p className="utrecht-paragraph">{t(say(state))}</p>
          </Notice>
        ) : !signedIn ? (
          <>
            <p className="utrecht-paragraph">{t(say("signInFirst"))}</p>
            <ul>
              {withPassword ? (
                <li>
                  <Link
                    className="utrecht-link"
                    to={`/login?${new URLSearchParams({ next: loaderData.next, centre: loaderData.brand?.slug ?? "" })}`}
                  >
                    {t("invitation.signInPassword")}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link
                  className="utrecht-link"
                  to={`/login/code?${new URLSearchParams({ next: loaderData.next, centre: loaderData.brand?.slug ?? "" })}`}
                >
                  {t("invitation.signInCode")}
                </Link>
              </li>
            </ul>
          </>
        ) : !forYou ? (
          <Notice kind="warning">
            <p className="utrecht-paragraph">{t(say("otherAccount"))}</p>
          </Notice>
        ) : (
          <>
            <p className="utrecht-paragraph">{t(say("stays"))}</p>
            <Form method="post" className="form">
              <FormActions>
                <SubmitButton>{t(say("accept"))}</SubmitButton>
              </FormActions>
            </Form>
          </>
        )}
      </div>
    </Shell>
  );
}
