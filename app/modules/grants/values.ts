/** Fixed choices of grants and the dashboard (no zod: pages import them). */

/** The twelve Dutch provinces, for the grant's and the dashboard's province choice. */
export const provinces = [
  "Drenthe",
  "Flevoland",
  "Friesland",
  "Gelderland",
  "Groningen",
  "Limburg",
  "Noord-Brabant",
  "Noord-Holland",
  "Overijssel",
  "Utrecht",
  "Zeeland",
  "Zuid-Holland",
] as const;

/** Sectors of a pilot (stored as text, so a centre could add more later). */
export const pilotSectors = [
  "gemeenten",
  "onderwijs",
  "woningcorporaties",
  "bedrijven",
  "zorg",
  "welzijn",
] as const;
