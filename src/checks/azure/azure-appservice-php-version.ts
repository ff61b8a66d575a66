import { appRuntime } from './factories.js';

export default appRuntime({
  id: 'azure-appservice-php-version',
  language: 'php',
  languageTitle: 'PHP',
  minimum: '8.2',
  title: 'App Service apps run a supported PHP version',
  rationale:
    'Old PHP versions stop receiving security fixes. An app on a retired runtime carries every vulnerability found ' +
    'since, and App Service eventually stops supporting it. The parameter sets the oldest version accepted.',
  remediation: 'Move the app (and its slots) to the latest supported PHP version after testing it.',
  severity: 'medium',
  controls: ['OS-04'],
  cis: ['9.6'],
  fix: { cli: 'az webapp config set --name APP --resource-group RG --linux-fx-version "PHP|VERSION"' },
});
