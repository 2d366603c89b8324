import type { settings as nl } from "../nl/settings";
import type { Shape } from "./common";

export const settings = {
  title: "Settings",
  intro: "Here you change your centre's lists. You use them in the pool and in requests.",
  themes: {
    title: "Themes",
    intro: "Themes from lived experience, such as debts or generational poverty.",
    caption: "Themes of the centre",
    newName: "New theme",
  },
  workForms: {
    title: "Forms of work",
    intro: "The kind of work an expert does, such as a workshop or a lecture.",
    caption: "Forms of work of the centre",
    newName: "New form of work",
  },
  areas: {
    title: "Areas",
    intro:
      "Municipalities and regions where the work is. With a centre point Tandem can work out travel distance.",
    caption: "Areas of the centre",
    empty: "There are no areas yet.",
    newTitle: "New area",
    province: "Province",
    latitude: "Latitude",
    longitude: "Longitude",
    coordinatesHelp: "The centre point in degrees. For example 52.0907 and 5.1214 for Utrecht.",
    point: "Centre point",
    uses: "In use",
    usesCount: "{{count}} times",
    edit: "Edit {{name}}",
    editSubmit: "Save area",
    remove: "Remove {{name}}",
  },
  columns: { name: "Name", status: "State", actions: "Actions" },
  name: "Name",
  rename: "New name for {{name}}",
  renameSubmit: "Save name",
  active: "Active",
  inactive: "Off",
  switchOff: "Switch off {{name}}",
  switchOn: "Switch on {{name}}",
  add: "Add",
  saved: "Saved.",
  contact: {
    title: "Contact of the centre",
    intro:
      "This is shown under every e-mail of the centre. Replies to an e-mail go to this address when no coordinator is involved.",
    email: "E-mail address of the centre",
    phone: "Phone number of the centre",
    submit: "Save contact",
  },
  errors: {
    phone: "Use only digits, spaces and + ( ) -.",
    nameTaken: "This name is already on the list.",
    coordinate: "This number is outside the possible degrees.",
    bothCoordinates: "Fill in both degrees, or neither.",
    areaInUse: "This area is still in use. You cannot remove it.",
  },
} satisfies Shape<typeof nl>;
