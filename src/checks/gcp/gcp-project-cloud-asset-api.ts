import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, inProject, isProject, ofType, value } from './util.js';

const SERVICE = 'serviceusage.googleapis.com/Service';

export default defineCheck({
  id: 'gcp-project-cloud-asset-api',
  title: 'The Cloud Asset Inventory API is enabled',
  rationale:
    'Cloud Asset Inventory keeps a five-week history of resources and IAM policies. With the API enabled, an ' +
    'investigation can see what existed and who had access at the time of an incident.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['identity.account'],
  controls: ['CFG-01', 'IR-03'],
  remediation: 'Enable the Cloud Asset API (cloudasset.googleapis.com) in the project.',
  fix: { cli: 'gcloud services enable cloudasset.googleapis.com --project=PROJECT' },
  references: { 'cis-gcp-foundations': ['2.13'] },
  evaluate(project, { inventory }) {
    if (!isProject(project)) return notApplicable('Not a project.');
    if (ofType(inventory, SERVICE).length === 0)
      throw new MissingData('services', 'the enabled services of projects were not collected');
    const services = inProject(project, inventory, SERVICE);
    if (services.length === 0)
      throw new MissingData('services', 'the enabled services of this project were not collected');
    const api = services.find((s) => s.id.endsWith('/services/cloudasset.googleapis.com'));
    const state = api ? String(value(api, 'state') ?? 'ENABLED') : 'DISABLED';
    return state === 'ENABLED'
      ? pass('The Cloud Asset API is enabled.', [ev('cloudasset.googleapis.com', state)])
      : fail('The Cloud Asset API is not enabled.', [ev('cloudasset.googleapis.com', state)]);
  },
});
