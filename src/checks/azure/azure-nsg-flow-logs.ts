import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { at, ev, flowLogsByTarget, flowLogsCollected, isType, norm, parseArmId, T } from './util.js';

export default defineCheck({
  id: 'azure-nsg-flow-logs',
  title: 'Traffic through network security groups is logged to Log Analytics',
  rationale:
    'Flow logs record which connections each group allowed or denied. Sent to Log Analytics through traffic ' +
    'analytics they can be queried and alerted on, which is how lateral movement and exfiltration get noticed.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['network.security-group'],
  controls: ['LOG-03'],
  remediation:
    'Create a flow log for the group, or a virtual network flow log for the network it protects, with traffic ' +
    'analytics sending to a Log Analytics workspace.',
  fix: {
    cli: 'az network watcher flow-log create --location LOCATION --name FLOWLOG --nsg NSG_ID --storage-account STORAGE_ID --traffic-analytics true --workspace WORKSPACE_ID',
  },
  references: { 'cis-azure-foundations': ['5.1.6'] },
  evaluate(nsg, { inventory }) {
    if (!isType(nsg, T.nsg)) return notApplicable('Not a network security group.');
    if (!flowLogsCollected(inventory))
      throw new MissingData('flowLogs', 'no flow logs were collected, so their absence cannot be told');
    // The group itself, the subnets it is attached to, and their virtual networks (VNet flow logs cover those).
    const subnets = [
      ...(norm<string[]>(nsg, 'attachedTo') ?? []),
      ...((at(nsg.raw, 'properties.subnets') as unknown[] | undefined) ?? []).map((s) =>
        String(at(s, 'id') ?? ''),
      ),
    ]
      .map((s) => s.toLowerCase())
      .filter((s) => s.includes('/subnets/'));
    const targets = new Set([
      nsg.id.toLowerCase(),
      ...subnets,
      ...subnets.map((s) => parseArmId(s)?.parent ?? ''),
    ]);
    const logs = [...targets].flatMap((t) => flowLogsByTarget(inventory).get(t) ?? []);
    const good = logs.find((l) => l.enabled && l.analytics);
    if (good)
      return pass(`Flow log "${good.name}" sends traffic analytics to Log Analytics.`, [
        ev('flowLog', good.id),
      ]);
    if (logs.some((l) => l.enabled))
      return fail('Flows are logged, but not sent to Log Analytics (traffic analytics is off).', [
        ev(
          'flowLogs',
          logs.map((l) => l.id),
        ),
      ]);
    return fail('No enabled flow log covers this group or its networks.', [
      ev(
        'flowLogs',
        logs.map((l) => l.id),
      ),
    ]);
  },
});
