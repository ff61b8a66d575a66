import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { asBool, needRawObject, rawAt, strings } from './util.js';

/** Redis OSS / Valkey caches require authentication: an AUTH token or RBAC user groups. */
export default defineCheck({
  id: 'aws-elasticache-auth',
  title: 'ElastiCache for Redis requires authentication',
  rationale:
    'Redis accepts every command from anyone who can connect unless AUTH or RBAC is set, so one network path to the cache exposes all of it.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['database.cache'],
  controls: ['IAM-03', 'DATA-03'],
  remediation: 'Enable in-transit encryption and set an AUTH token, or better, attach an RBAC user group.',
  fix: {
    cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --user-group-ids-to-add USER_GROUP --apply-immediately',
  },
  evaluate(cache) {
    needRawObject(cache);
    const engine = String(rawAt(cache, 'Engine') ?? 'redis');
    if (engine === 'memcached')
      return notApplicable('Memcached has no Redis AUTH; restrict it by network instead.');
    const token = asBool(rawAt(cache, 'AuthTokenEnabled')) === true;
    const groups = strings(rawAt(cache, 'UserGroupIds'));
    if (token || groups.length > 0)
      return pass(
        token ? 'An AUTH token is required.' : `RBAC user groups ${groups.join(', ')} control access.`,
      );
    return fail('Clients can connect without authenticating.', [
      { path: 'raw.AuthTokenEnabled', value: false },
    ]);
  },
});
