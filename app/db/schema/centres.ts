import {
  boolean,
  customType,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { roles } from "../values";
import { user } from "./auth";
import { createdAt, id, updatedAt } from "./columns";

export type { Role } from "../values";

/** Raw bytes (a small logo image). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export { roles };

/** The tenant. Row-level security compares this table's id, and every other domain table's centre_id. */
export const centres = pgTable("centres", {
  id: id(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  /** The centre's contact address: signature of its mails, Reply-To when no coordinator acted, calendar organizer. */
  email: text(),
  /** The centre's contact phone number, shown in the signature of its mails. */
  phone: text(),
  /** The centre's own colour (#rrggbb, dark enough for white text) in its pages' header and buttons. */
  brandColour: text(),
  /** The centre's logo (PNG, JPEG or WebP, at most 200 KB), served at /centre-logo/<slug>. */
  logo: bytea(),
  logoType: text(),
  logoUpdatedAt: timestamp({ withTimezone: true }),
  requestSeq: integer().default(0).notNull(),
  /** Readers of coordinators' private notes give a reason first; the person sees it under /account/reads. */
  askReadReason: boolean().default(false).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const roleEnum = pgEnum("role", roles);

/** A user's place in a centre: one role per centre. Experts and client contacts link to their record. */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    centreId: uuid()
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.centreId, t.userId)],
);
