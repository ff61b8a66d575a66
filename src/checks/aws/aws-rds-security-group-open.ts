import type { NetworkRule } from '../../core/index.js';
import { defineCheck, fail, MissingData, need, notApplicable, pass } from '../define.js';
import { databaseGone, describeRule, openIngress, related, relationTargets } from './util.js';

/**
 * Relational: a publicly accessible RDS instance whose security groups admit the internet is exposed. Looks up each
 * of the instance's security groups through the inventory view.
 */
export default defineCheck({
  id: 'aws-rds-security-group-open',
  title: 'Publicly accessible RDS instances are not open to the internet',
  rationale:
    'Public accessibility gives the database a public address; its security groups are then the only thing between ' +
    'the database port and the whole internet.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['DATA-03', 'NET-02'],
  remediation:
    'Turn off public accessibility, or restrict the security groups to the application and administration sources.',
  evaluate(db, { inventory }) {
    const gone = databaseGone(db);
    if (gone) return notApplicable(gone);
    if (!need<boolean>(db, 'publiclyAccessible'))
      return notApplicable('The instance is not publicly accessible.');
    const ids = [
      ...new Set([...relationTargets(db, 'uses-security-group'), ...(db.properties.securityGroups ?? [])]),
    ];
    if (ids.length === 0) need<string[]>(db, 'securityGroups');
    const open: string[] = [];
    for (const id of ids) {
      const sg = related(db, inventory, 'none', id, 'security-group');
      const rules = (sg?.properties as { rules?: NetworkRule[] } | undefined)?.rules;
      if (!sg || !rules) throw new MissingData('securityGroups', `the rules of ${id} were not collected`);
      for (const r of openIngress(rules, 'any')) open.push(`${sg.id}: ${describeRule(r)}`);
    }
    if (open.length > 0) return fail(`The public database admits internet traffic: ${open.join('; ')}.`);
    return pass('The database is public but its security groups admit no internet traffic.');
  },
});
