/**
 * The words of Hookflow, as the reference guides use them.
 *
 * - account: one customer's space. Every row belongs to exactly one account; keys of one account
 *   never see another's data.
 * - tag: an account-level label (name + label) set up for certain kinds of object. Flows select
 *   records by tag, never by raw status, so one flow serves every event of the account.
 * - catalogue entry: a small, taggable definition the registrations point at: a registration
 *   status, a registration property, an attendee type, a question, a session, a session
 *   registration status, an event status, or a custom field definition (of events, sessions or
 *   profiles; those of events and sessions take tags, e.g. `Touchpoint: Related Link`). Standard
 *   entries exist in every account; custom ones are defined per event (or per account for custom fields).
 * - event: a conference, live or test, with standard and custom fields, tags and a status.
 * - profile: a person (standard and custom fields). A registration ties a profile to an event.
 * - registration: code, event, profile, status, attendee type, properties, answers, test flag.
 * - session: one session of an event (name, times, location, custom fields); written like an event,
 *   each write a change (`session.created` / `session.updated`) that session flows watch.
 * - session registration: a registration's status for one session of its event.
 * - change: the immutable record of one write (kind, before and after snapshots, time, test
 *   flag), written in the same transaction as the data. Flows consume the change log.
 * - connection: how to reach one target application (URL, content type, method, authentication,
 *   signing secret, limits). Secrets sealed at rest.
 * - flow: what to watch (a source), what to activate for (tags), which data (Live or Test, filters),
 *   and where it goes (destinations). Outcome: for each change a flow watches, triggered or not and why.
 * - mapping: how a target's payload (or headers) is built from source fields, fixed text and transforms.
 * - destination: a flow's action: a connection with a payload mapping and optional header mapping.
 * - delivery: one triggered destination for one change, and its journey (Received, Processing,
 *   Delivered, Retrying, Failed). At least once, in order per registration and destination.
 * - attempt: one try of a delivery: what was sent, what came back, how long it took, why it failed.
 * - write-back: fields of a destination's answer written to the registration's person (profile
 *   custom fields) when its attempt is recorded; its change names its origin, and the flow that
 *   wrote it never triggers on it.
 * - inbound source: where a publisher sends postbacks: an unguessable URL, a verification (a
 *   signature, Basic auth, an API key), the match key naming the registration, a hold time.
 * - postback: one call to an inbound source, in the postback log whatever became of it; accepted,
 *   its body's key:value tags are attached to its registration (`postback.<key>` for flows and
 *   mappings), which records a change; held while the registration does not exist yet.
 * - replay: a flow run again over past changes with its current configuration; or, as the "mass
 *   action", over every session of an event (the latest change of each).
 * - alert: trouble on one connection worth a person's look (a failure spike, every delivery failing,
 *   deliveries stuck in Processing, failures recurring at one time of day), with its likely cause
 *   and the deliveries it affected; open, acknowledged, resolved (by a person or once its cause clears).
 * - operational event: what Hookflow tells an account of its own running (a delivery abandoned, a
 *   connection paused or resumed, an alert opened or resolved, a replay finished), sent as a signed
 *   request to the connection the account chose (its notification settings). Never a delivery.
 * - bulk resubmit: "Submit to Retry Queue" for every delivery a filter matched when it was asked
 *   for, as a job run in batches in the background, with its progress; cancellable.
 * - live tail: a stream (Server-Sent Events) of an account's delivery status changes as they are
 *   recorded: each delivery received, each attempt's outcome. Its cursor says how far it has read.
 *
 * The queue's words (src/queue/):
 * - pending change: a change written but not yet evaluated. Changes a write evaluates itself never
 *   wait; the others are taken by the change processor in the order they were written.
 * - processing turn: the right to evaluate changes and queue their deliveries, held by one process
 *   at a time (a PostgreSQL advisory lock for the transaction), so deliveries are queued in change order.
 * - ordering key: account, flow, destination and record: a delivery waits while an earlier one with
 *   the same key is unfinished, so one registration's changes reach a destination in order.
 * - claim: a worker taking due deliveries (received, or retrying once due) for itself, shared
 *   round-robin between connections within each one's free slots.
 * - lease: how long a claim holds; past it, another worker takes the delivery over (its worker died).
 * - handover: fresh deliveries written already claimed by this process's worker, in the transaction
 *   that queued them, when it has a free slot and nothing older waits: no claim, no wake-up.
 * - configuration version: a number per account that triggers bump on every configuration write;
 *   work carries the version it was evaluated or claimed under, and whatever is cached (flows,
 *   tagging, connection limits) is read again when it is older.
 * - signal: a wake-up between processes sharing PostgreSQL (LISTEN/NOTIFY on a channel per schema).
 */
export {};
