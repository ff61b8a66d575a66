import { appRuntime } from './factories.js';

export default appRuntime({
  id: 'azure-appservice-python-version',
  language: 'python',
  languageTitle: 'Python',
  minimum: '3.10',
  title: 'App Service apps run a supported Python version',
  rationale:
    'Old Python versions stop receiving security fixes. An app on a retired runtime carries every vulnerability found ' +
    'since, and App Service eventually stops supporting it. The parameter sets the oldest version accepted.',
  remediation: 'Move the app (and its slots) to the latest supported Python version after testing it.',
  severity: 'medium',
  controls: ['OS-04'],
  cis: ['9.7'],
  fix: { cli: 'az webapp config set --name APP --resource-group RG --linux-fx-version "Python|VERSION"' },
});
