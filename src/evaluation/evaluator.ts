import type { Clock } from '../domain/clock.js';
import { recordCode } from '../domain/changes.js';
import { type Situation, causedBy, evaluateFlow, watches } from '../flows/evaluate.js';
import { type Flow, type FlowOutcome, queuedActions } from '../flows/flow.js';
import { type NewDelivery, enqueueDeliveries } from '../queue/enqueue.js';
import type { HandoverTarget } from '../queue/handover.js';
import type { ClaimedChange } from '../queue/pending-changes.js';
import { recordOutcomes } from '../store/flow-outcomes.js';
import type { Db } from '../store/schema.js';
import type { AfterCommit } from '../store/transaction.js';
import type { AccountConfig } from './account-config.js';
import type { ConfigCache } from './config-cache.js';
import { countEvaluations } from './count-evaluations.js';
import { situationOf } from './situation.js';

export interface Evaluation {
  change: ClaimedChange;
  flow: Flow;
  situation: Situation;
  outcome: FlowOutcome;
}

export interface Evaluated {
  evaluations: Evaluation[];
  /** Deliveries queued. */
  queued: number;
  /** Call once the transaction ended: this process's worker starts what it was handed. */
  afterCommit: AfterCommit;
}

/**
 * The one evaluator: changes against the flows that watch them, with each account's
 * configuration as it is now (a flow or a tag edited a moment ago applies to the very next
 * change), then one outcome recorded per flow, then a delivery queued per action, all in the
 * caller's transaction. Write-time evaluation, the change processor and replays evaluate here;
 * a retry re-evaluates its change here too (`decide`).
 */
export class Evaluator {
  constructor(private readonly o: { configs: ConfigCache; clock: Clock; workers?: HandoverTarget }) {}

  /** `flowId`: only that flow (a replay), whatever its source watches. */
  async evaluate(trx: Db, changes: readonly ClaimedChange[], flowId?: number): Promise<Evaluated> {
    const evaluations: Evaluation[] = [];
    const deliveries: NewDelivery[] = [];
    for (const [accountId, group] of byAccount(changes)) {
      const config = await this.o.configs.get(trx, accountId, group[0]?.configVersion);
      const flows = flowId === undefined ? config.flows : config.flows.filter((f) => f.id === flowId);
      const evaluated = await evaluateAll(trx, config, group, flows, flowId === undefined);
      evaluations.push(...evaluated);
      deliveries.push(...evaluated.flatMap((e) => deliveriesOf(e, config.version)));
    }
    const at = this.o.clock.now().toISOString();
    await recordOutcomes(trx, evaluations.map(toOutcome), at);
    await countEvaluations(trx, evaluations, changes, at, flowId !== undefined);
    const handover = this.o.workers?.handover();
    try {
      const handed = await enqueueDeliveries(trx, deliveries, at, handover);
      const changesById = new Map(changes.map((c) => [c.id, c]));
      const afterCommit: AfterCommit = (committed) => {
        handover?.settle(committed ? handed : [], changesById);
        if (committed && deliveries.length > handed.length) this.o.workers?.wake();
      };
      return { evaluations, queued: deliveries.length, afterCommit };
    } catch (error) {
      handover?.settle([]);
      throw error;
    }
  }

  /** One change against one flow, as configured now: what a retry of its delivery does. */
  async decide(db: Db, change: ClaimedChange, flowId: number): Promise<{ config: AccountConfig; flow?: Flow; evaluation?: Evaluation }> {
    const config = await this.o.configs.get(db, change.accountId, change.configVersion);
    const flow = config.flows.find((f) => f.id === flowId);
    if (!flow) return { config };
    const [evaluation] = await evaluateAll(db, config, [change], [flow], false);
    return { config, flow, ...(evaluation ? { evaluation } : {}) };
  }
}

/** Each change against each flow; changes whose event no longer exists are left out. */
async function evaluateAll(db: Db, config: AccountConfig, changes: readonly ClaimedChange[], flows: readonly Flow[], onlyWatching: boolean): Promise<Evaluation[]> {
  if (flows.length === 0) return [];
  const evaluations: Evaluation[] = [];
  for (const change of changes) {
    // A replay or a retry decides whatever its flow's source, but never lets a flow act on its own write-back either.
    const deciding = flows.filter((f) => (onlyWatching ? watches(f, change) : !causedBy(f, change)));
    if (deciding.length === 0) continue;
    const situation = await situationOf(db, config, change);
    if (!situation) continue;
    for (const flow of deciding) evaluations.push({ change, flow, situation, outcome: evaluateFlow(flow, situation) });
  }
  return evaluations;
}

const toOutcome = ({ change, flow, outcome }: Evaluation) => ({ accountId: change.accountId, changeId: change.id, flowId: flow.id, flowVersion: flow.version, outcome });

/**
 * One delivery per queued action, under the configuration version it was evaluated with (the
 * worker reads its connection limits again when they are older). Those waiting for a status to be
 * tagged stand apart from the record's order: a Config failure waiting in the retry queue must not
 * hold up the record's later changes.
 */
function deliveriesOf({ change, flow, outcome }: Evaluation, configVersion: number): NewDelivery[] {
  return queuedActions(outcome).map((a) => ({
    accountId: change.accountId,
    changeId: change.id,
    changeKind: change.kind,
    recordCode: recordCode(change),
    eventCode: change.eventCode,
    isTest: change.isTest,
    receivedAt: change.createdAt,
    flowId: flow.id,
    destination: a.destination,
    connection: a.connection,
    configVersion,
    ...(outcome.triggered ? {} : { standalone: true }),
  }));
}

function byAccount(changes: readonly ClaimedChange[]) {
  const groups = new Map<number, ClaimedChange[]>();
  for (const c of changes) {
    const group = groups.get(c.accountId);
    if (group) group.push(c);
    else groups.set(c.accountId, [c]);
  }
  return groups;
}
