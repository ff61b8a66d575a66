import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** Snapshots are shared only with accounts listed as trusted. */
export default defineCheck({
  id: 'aws-ec2-snapshot-shared-unknown-account',
  title: 'Snapshots are shared only with trusted accounts',
  rationale:
    'Sharing a snapshot gives the other account a full copy of the disk or database. Every account on the list ' +
    'should be one you control or have an agreement with.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['storage.snapshot'],
  controls: ['DATA-03', 'DATA-05'],
  remediation: 'Remove the create-volume (or restore) permission for accounts that should not have a copy.',
  fix: {
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --user-ids ACCOUNT_ID',
  },
  params: {
    trustedAccounts: {
      description: 'account ids snapshots may be shared with (backup and DR accounts)',
      default: [],
    },
  },
  evaluate(snapshot, { params }) {
    const shared = need<string[]>(snapshot, 'sharedWith').filter((a) => a !== 'all');
    if (shared.length === 0) return notApplicable('The snapshot is not shared with any account.');
    const trusted = new Set([snapshot.account, ...(params.trustedAccounts as string[])]);
    const unknown = shared.filter((a) => !trusted.has(a));
    if (unknown.length > 0)
      return fail(`Shared with account ${unknown.join(', ')}, not on the trusted list.`, [
        { path: 'sharedWith', value: unknown },
      ]);
    return pass(`Shared only with trusted accounts (${shared.join(', ')}).`);
  },
});
