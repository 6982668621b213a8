import type { Db } from '../store/schema.js';
import { AccountConfig } from './account-config.js';

/**
 * Accounts' configurations kept in memory, each checked against the stored version (one small
 * read) before use: any configuration write bumps it, in this process or another, so what the
 * pipeline sees is always the configuration as it is now, without reading it all again.
 */
export class ConfigCache {
  private readonly configs = new Map<number, Promise<AccountConfig>>();

  /** `version`: the stored version, when the caller read it already (a claim reads it with the work). */
  async get(db: Db, accountId: number, version?: number): Promise<AccountConfig> {
    const current = version ?? (await db.selectFrom('accounts').select('config_version').where('id', '=', accountId).executeTakeFirstOrThrow()).config_version;
    const cached = await this.configs.get(accountId)?.catch(() => null);
    if (cached && cached.version === current) return cached;
    const loading = AccountConfig.load(db, accountId);
    this.configs.set(accountId, loading);
    loading.catch(() => this.configs.delete(accountId));
    return loading;
  }
}
