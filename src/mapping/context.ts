/**
 * What a mapping renders from: one change, as the flows layer sees it. Plain JSON, so a preview can
 * render a pasted sample exactly as a delivery renders a real change.
 */
import type { ProfileSnapshot } from '../domain/profile.js';

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
    customFields: Record<string, string | string[] | null>;
    tags: string[];
  };
  registration?: {
    code: string;
    status: string;
    statusTags: string[];
    attendeeType: string | null;
    attendeeTypeTags: string[];
    isTest: boolean;
    createdAt: string | null;
    updatedAt: string | null;
    properties: Record<string, boolean>;
    propertyTags: string[];
  };
  profile?: ProfileSnapshot;
  /** The registration's answers, with each question's text and (at most one) tag. */
  answers?: { questionCode: string; questionText: string; tag: string | null; answer: string | string[] | null }[];
  /** Every question of the event. */
  eventQuestions?: { code: string; text: string; tag: string | null }[];
  sessionRegistration?: { sessionCode: string; sessionName: string; status: string; statusTags: string[] };
}

/** What is not data: time, ids and formats are injected so tests (and previews) control them. */
export interface RenderEnv {
  now: () => Date;
  uuid: () => string;
  /** Tokens YYYY MM DD HH mm ss, in UTC; for the "current date (formatted)" macro. */
  dateFormat?: string;
}
