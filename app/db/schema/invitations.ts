import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { centres, roleEnum } from "./centres";
import { clientContacts } from "./clients";
import { createdAt, id } from "./columns";
import { experts } from "./pool";
import { grants } from "./training";

/**
 * An invitation to a centre for someone who already has a login (in this or another centre).
 * Only its SHA-256 hash is kept; the token itself is in the mail. Accepting it, signed in as the
 * invited address, is the one way such a person gets a membership here. Tenant table.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: roleEnum().notNull(),
    /** For a funder: the grant whose figures they will see. */
    grantId: uuid().references(() => grants.id, { onDelete: "cascade" }),
    /** For an expert: the pool record their login will open. */
    expertId: uuid().references(() => experts.id, { onDelete: "cascade" }),
    /** For a client contact: the contact person their login will be. */
    clientContactId: uuid().references(() => clientContacts.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    invitedBy: uuid().references(() => user.id, { onDelete: "set null" }),
    acceptedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_centre_email_idx").on(t.centreId, t.email)],
);
