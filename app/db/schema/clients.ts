import { index, pgEnum, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { sectors } from "../values";
import { user } from "./auth";
import { centres } from "./centres";
import { createdAt, id, updatedAt } from "./columns";
import { areas, experts } from "./pool";

export type { Sector } from "../values";
export { sectors };

const centreId = () =>
  uuid()
    .notNull()
    .references(() => centres.id, { onDelete: "cascade" });

export const sectorEnum = pgEnum("sector", sectors);

/** An opdrachtgever: a municipality, welfare organisation, housing corporation, school, company… */
export const clients = pgTable(
  "clients",
  {
    id: id(),
    centreId: centreId(),
    name: text().notNull(),
    sector: sectorEnum().notNull(),
    areaId: uuid().references(() => areas.id, { onDelete: "set null" }),
    address: text().default("").notNull(),
    notes: text().default("").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.centreId, t.name)],
);

/** A person at a client. May have a login (role client_contact) to follow their requests. */
export const clientContacts = pgTable(
  "client_contacts",
  {
    id: id(),
    centreId: centreId(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    userId: uuid().references(() => user.id, { onDelete: "set null" }),
    name: text().notNull(),
    email: text().notNull(),
    phone: text().default("").notNull(),
    jobTitle: text().default("").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.clientId), index().on(t.centreId, t.userId)],
);

/** A coordinator's flag: this expert should not work for this client (matching excludes the pair). */
export const conflicts = pgTable(
  "conflicts",
  {
    id: id(),
    centreId: centreId(),
    expertId: uuid()
      .notNull()
      .references(() => experts.id, { onDelete: "cascade" }),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    reason: text().default("").notNull(),
    createdBy: uuid().references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.expertId, t.clientId), index().on(t.clientId)],
);
