import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { daysSince, rawAt } from './util.js';

/** EBS volumes left detached for longer than the grace period are reviewed and removed. */
export default defineCheck({
  id: 'aws-ec2-volume-unattached',
  title: 'EBS volumes are not left unattached',
  rationale:
    "A detached volume still holds whatever the server stored, usually outside anyone's inventory and backup plan. " +
    'It is data kept past its purpose, and it costs money.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['storage.volume'],
  controls: ['DATA-04', 'CFG-01'],
  remediation: 'Snapshot the volume if its data must be kept, then delete it.',
  fix: {
    cli: 'aws ec2 create-snapshot --volume-id VOLUME_ID && aws ec2 delete-volume --volume-id VOLUME_ID',
  },
  params: { graceDays: { description: 'days a volume may stay detached (from its creation)', default: 30 } },
  evaluate(volume, { params }) {
    const state = need<string>(volume, 'state');
    if (state === 'deleting' || state === 'deleted') return notApplicable(`The volume is ${state}.`);
    if (state !== 'available') return pass(`The volume is ${state}.`, [{ path: 'state', value: state }]);
    const age = daysSince(rawAt(volume, 'CreateTime'));
    if (age !== undefined && age < Number(params.graceDays))
      return pass(`Detached, but created only ${age} days ago.`);
    return fail('The volume is not attached to any instance.', [{ path: 'state', value: state }]);
  },
});
