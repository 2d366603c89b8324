import { adviceCategories } from "~/modules/advice/values";

/** The topics as options of a select, in the reader's language. */
export const categoryOptions = (t: (key: string) => string) =>
  adviceCategories.map((c) => ({ value: c, label: t(`advice:categories.${c}`) }));
