import type { NetworkRule, Resource } from '../../core/index.js';
import { defineCheck, fail, MissingData, need, notApplicable, pass } from '../define.js';
import { describeRule, isStopped, openIngress, related, relationTargets } from './util.js';

/**
 * Relational: a running instance with a public IP, in a subnet routed to an internet gateway, whose security groups
 * let the internet in. Each hop is looked up through the inventory view (instance → subnet, instance → groups).
 */
export default defineCheck({
  id: 'aws-ec2-instance-public-exposure',
  title: 'EC2 instances are not directly reachable from the internet',
  rationale:
    'A public IP, a route to an internet gateway and an open security group together put an instance on the ' +
    'internet. Each is easy to miss on its own; combined they mean every listening service is exposed.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['compute.instance'],
  controls: ['NET-01', 'NET-02'],
  remediation:
    'Put the instance in a private subnet behind a load balancer or NAT, remove its public IP, or narrow its ' +
    'security group to known sources.',
  fix: { cli: 'aws ec2 modify-instance-attribute --instance-id INSTANCE_ID --groups SG_ID_RESTRICTED' },
  evaluate(instance, { inventory }) {
    if (isStopped(instance.properties.state))
      return notApplicable(`The instance is ${instance.properties.state}.`);
    const publicIps = need<string[]>(instance, 'publicIps');
    if (publicIps.length === 0)
      return pass('The instance has no public IP address.', [{ path: 'publicIps', value: [] }]);

    const subnetId = need<string>(instance, 'subnet');
    const subnet = related(instance, inventory, 'in-subnet', subnetId, 'subnet');
    if (!subnet) throw new MissingData('subnet', `the subnet ${subnetId} is not in the inventory`);
    const isPublic = (subnet.properties as { public?: unknown }).public;
    if (typeof isPublic !== 'boolean')
      throw new MissingData('subnet.public', `the routes of ${subnet.id} were not collected`);
    if (!isPublic)
      return pass(`The subnet ${subnet.id} has no route to an internet gateway.`, [
        { path: 'public', value: false, resource: subnet.id },
      ]);

    const groupIds = [
      ...new Set([
        ...relationTargets(instance, 'uses-security-group'),
        ...(instance.properties.securityGroups ?? []),
      ]),
    ];
    if (groupIds.length === 0) need<string[]>(instance, 'securityGroups');
    const groups = new Map<string, Resource>();
    for (const id of groupIds) {
      const sg = related(instance, inventory, 'none', id, 'security-group');
      if (!sg) throw new MissingData('securityGroups', `the security group ${id} is not in the inventory`);
      groups.set(sg.id, sg);
    }
    const open: string[] = [];
    for (const sg of groups.values()) {
      const rules = (sg.properties as { rules?: NetworkRule[] }).rules;
      if (!rules) throw new MissingData('securityGroups.rules', `the rules of ${sg.id} were not collected`);
      for (const r of openIngress(rules, 'any')) open.push(`${sg.id}: ${describeRule(r)}`);
    }
    if (open.length === 0)
      return pass('The instance has a public IP but its security groups admit no internet traffic.');
    return fail(`Reachable from the internet at ${publicIps.join(', ')} through ${open.join('; ')}.`, [
      { path: 'publicIps', value: publicIps },
      { path: 'public', value: true, resource: subnet.id },
    ]);
  },
});
