/**
 * What a mapping renders from: one change, as the flows layer sees it. Plain JSON, so a preview can
 * render a pasted sample exactly as a delivery renders a real change.
 */

/** A custom field holds text, a multi-select list, or nothing. */
export type CustomValue = string | string[] | null;

export type Scalar = string | number | boolean | null;
export type FieldValue = Scalar | string[];

export interface RenderContext {
  account: { code: string };
  flow: { name: string };
  event: {
    code: string;
    name: string;
    isTest: boolean;
    status: string | null;
    startDate: string | null;
    endDate: string | null;
    location: string | null;
    timezone: string | null;
    description: string | null;
    customFields: Record<string, CustomValue>;
    /** Each custom field's tags, in the order the fields were defined (`eventFieldByTag.*` reads the first tagged). */
    customFieldTags?: Record<string, string[]>;
    tags: string[];
  };
  /** The session a session's change is about (none for other changes). */
  session?: {
    code: string;
    name: string;
    startsAt: string | null;
    endsAt: string | null;
    location: string | null;
    customFields: Record<string, CustomValue>;
    /** As the event's: each session custom field's tags, in definition order. */
    customFieldTags?: Record<string, string[]>;
  };
  registration?: {
    code: string;
    status: string;
    /** The status's name as the catalogue has it now ('Registered'); `status` is its code. */
    statusName: string;
    statusTags: string[];
    attendeeType: string | null;
    /** The attendee type's name ('Speaker'); null without an attendee type. */
    attendeeTypeName: string | null;
    attendeeTypeTags: string[];
    isTest: boolean;
    createdAt: string | null;
    updatedAt: string | null;
    properties: Record<string, boolean>;
    propertyTags: string[];
  };
  profile?: RenderProfile;
  /** The registration's answers, with each question's text and (at most one) tag. */
  answers?: { questionCode: string; questionText: string; tag: string | null; answer: CustomValue }[];
  /** Every question of the event. */
  eventQuestions?: { code: string; text: string; tag: string | null }[];
  /** The key:value tags postbacks attached to the registration. */
  postback?: Record<string, string>;
  sessionRegistration?: { sessionCode: string; sessionName: string; status: string; statusTags: string[] };
}

/** Declared here rather than imported so the engine depends on nothing outside this folder. */
export interface RenderProfile {
  code: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  position: string | null;
  organization: string | null;
  phone: string | null;
  addressLine1: string | null;
  addressLine2?: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
  customFields: Record<string, CustomValue>;
}

/** What is not data: time, ids and formats are injected so tests (and previews) control them. */
export interface RenderEnv {
  now: () => Date;
  uuid: () => string;
  /** Tokens YYYY MM DD HH mm ss, in UTC; for the "current date (formatted)" macro. */
  dateFormat?: string;
}
