import type { Connection } from '../connections/model.js';
import { HookflowError } from '../domain/errors.js';
import type { FetchJob } from '../domain/fetch/job.js';
import { type JoltTransform, compileJolt } from '../jolt/index.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { loadConnection } from '../store/connections.js';
import type { Db } from '../store/schema.js';

export type JobParts = { ok: true; connection: Connection; transform: JoltTransform | null } | { ok: false; reason: string };

/** What a run needs beside the job: its connection (deleted since the job was saved: the run fails, saying so) and its compiled transform. */
export async function jobParts(db: Db, box: SecretBox, job: FetchJob): Promise<JobParts> {
  try {
    const connection = await loadConnection(db, box, job.accountId, job.connection);
    const transform = job.transform === null ? null : compileJolt(job.transform);
    return { ok: true, connection, transform };
  } catch (error) {
    if (error instanceof HookflowError) return { ok: false, reason: error.message };
    throw error;
  }
}
