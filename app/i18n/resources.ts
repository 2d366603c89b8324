import { about as enAbout } from "./en/about";
import { advice as enAdvice } from "./en/advice";
import { agenda as enAgenda } from "./en/agenda";
import { audit as enAudit } from "./en/audit";
import { auth as enAuth } from "./en/auth";
import { clients as enClients } from "./en/clients";
import { coaching as enCoaching } from "./en/coaching";
import { common as enCommon } from "./en/common";
import { demo as enDemo } from "./en/demo";
import { employers as enEmployers } from "./en/employers";
import { evaluations as enEvaluations } from "./en/evaluations";
import { exportsTexts as enExports } from "./en/exports";
import { grants as enGrants } from "./en/grants";
import { hours as enHours } from "./en/hours";
import { impact as enImpact } from "./en/impact";
import { intervisie as enIntervisie } from "./en/intervisie";
import { matching as enMatching } from "./en/matching";
import { outcomes as enOutcomes } from "./en/outcomes";
import { pilots as enPilots } from "./en/pilots";
import { policy as enPolicy } from "./en/policy";
import { pool as enPool } from "./en/pool";
import { privacy as enPrivacy } from "./en/privacy";
import { requests as enRequests } from "./en/requests";
import { settings as enSettings } from "./en/settings";
import { tandems as enTandems } from "./en/tandems";
import { training as enTraining } from "./en/training";
import { users as enUsers } from "./en/users";
import { about as nlAbout } from "./nl/about";
import { advice as nlAdvice } from "./nl/advice";
import { agenda as nlAgenda } from "./nl/agenda";
import { audit as nlAudit } from "./nl/audit";
import { auth as nlAuth } from "./nl/auth";
import { clients as nlClients } from "./nl/clients";
import { coaching as nlCoaching } from "./nl/coaching";
import { common as nlCommon } from "./nl/common";
import { demo as nlDemo } from "./nl/demo";
import { employers as nlEmployers } from "./nl/employers";
import { evaluations as nlEvaluations } from "./nl/evaluations";
import { exportsTexts as nlExports } from "./nl/exports";
import { grants as nlGrants } from "./nl/grants";
import { hours as nlHours } from "./nl/hours";
import { impact as nlImpact } from "./nl/impact";
import { intervisie as nlIntervisie } from "./nl/intervisie";
import { matching as nlMatching } from "./nl/matching";
import { outcomes as nlOutcomes } from "./nl/outcomes";
import { pilots as nlPilots } from "./nl/pilots";
import { policy as nlPolicy } from "./nl/policy";
import { pool as nlPool } from "./nl/pool";
import { privacy as nlPrivacy } from "./nl/privacy";
import { requests as nlRequests } from "./nl/requests";
import { settings as nlSettings } from "./nl/settings";
import { tandems as nlTandems } from "./nl/tandems";
import { training as nlTraining } from "./nl/training";
import { users as nlUsers } from "./nl/users";

/** Every namespace in both languages. A new feature adds its file in nl/ and en/ and lists it here. */
export const resources = {
  nl: {
    common: nlCommon,
    about: nlAbout,
    matching: nlMatching,
    outcomes: nlOutcomes,
    agenda: nlAgenda,
    auth: nlAuth,
    users: nlUsers,
    demo: nlDemo,
    clients: nlClients,
    requests: nlRequests,
    hours: nlHours,
    evaluations: nlEvaluations,
    exports: nlExports,
    audit: nlAudit,
    pool: nlPool,
    settings: nlSettings,
    training: nlTraining,
    impact: nlImpact,
    grants: nlGrants,
    employers: nlEmployers,
    privacy: nlPrivacy,
    policy: nlPolicy,
    tandems: nlTandems,
    advice: nlAdvice,
    coaching: nlCoaching,
    pilots: nlPilots,
    intervisie: nlIntervisie,
  },
  en: {
    common: enCommon,
    about: enAbout,
    matching: enMatching,
    outcomes: enOutcomes,
    agenda: enAgenda,
    auth: enAuth,
    users: enUsers,
    demo: enDemo,
    clients: enClients,
    requests: enRequests,
    hours: enHours,
    evaluations: enEvaluations,
    exports: enExports,
    audit: enAudit,
    pool: enPool,
    settings: enSettings,
    training: enTraining,
    impact: enImpact,
    grants: enGrants,
    employers: enEmployers,
    privacy: enPrivacy,
    policy: enPolicy,
    tandems: enTandems,
    advice: enAdvice,
    coaching: enCoaching,
    pilots: enPilots,
    intervisie: enIntervisie,
  },
} as const;

export const namespaces = Object.keys(resources.nl) as Namespace[];
export type Namespace = keyof typeof resources.nl;
export { defaultLocale, isLocale, type Locale, locales } from "./locales";
