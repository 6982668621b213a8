/**
 * The words of Hookflow, as the reference guides use them.
 *
 * - account: one customer's space. Every row belongs to exactly one account; keys of one account
 *   never see another's data.
 * - tag: an account-level label (name + label) set up for certain kinds of object. Flows select
 *   records by tag, never by raw status, so one flow serves every event of the account.
 * - catalogue entry: a small, taggable definition the registrations point at: a registration
 *   status, a registration property, an attendee type, a question, a session, a session
 *   registration status, an event status, or a custom field definition. Standard entries exist
 *   in every account; custom ones are defined per event (or per account for custom fields).
 * - event: a conference, live or test, with standard and custom fields, tags and a status.
 * - profile: a person (standard and custom fields). A registration ties a profile to an event.
 * - registration: code, event, profile, status, attendee type, properties, answers, test flag.
 * - session registration: a registration's status for one session of its event.
 * - change: the immutable record of one write (kind, before and after snapshots, time, test
 *   flag), written in the same transaction as the data. Flows consume the change log.
 * - flow, destination, delivery, attempt, connection: the outbound side (see src/flows, src/delivery).
 */
export {};
