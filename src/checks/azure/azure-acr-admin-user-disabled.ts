import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-acr-admin-user-disabled',
  title: 'Container registries have the admin user disabled',
  rationale:
    'The registry admin user is a shared username and password with push and pull rights to every repository. It ' +
    'cannot be scoped or attributed, and a leaked password lets anyone replace images that production pulls.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['container.registry'],
  controls: ['IAM-06', 'APP-04'],
  remediation:
    'Disable the admin user and use Entra identities (managed identities, service principals) or scoped tokens.',
  fix: {
    cli: 'az acr update --name REGISTRY --admin-enabled false',
    terraform: 'resource "azurerm_container_registry" "this" {\n  admin_enabled = false\n}',
  },
  evaluate(registry) {
    if (!isType(registry, T.registry)) return notApplicable('Not an Azure container registry.');
    const admin = armValue<boolean>(registry, 'properties.adminUserEnabled');
    if (admin === undefined && !isArmDocument(registry))
      throw new MissingData('raw.properties.adminUserEnabled', 'not in the collected data');
    return admin === true
      ? fail('The admin user is enabled.', [ev('adminUserEnabled', true)])
      : pass('The admin user is disabled.', [ev('adminUserEnabled', false)]);
  },
});
