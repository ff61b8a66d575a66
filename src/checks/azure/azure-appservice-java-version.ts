import { appRuntime } from './factories.js';

export default appRuntime({
  id: 'azure-appservice-java-version',
  language: 'java',
  languageTitle: 'Java',
  minimum: '17',
  title: 'App Service apps run a supported Java version',
  rationale:
    'Old Java versions stop receiving security fixes. An app on a retired runtime carries every vulnerability found ' +
    'since, and App Service eventually stops supporting it. The parameter sets the oldest version accepted.',
  remediation: 'Move the app (and its slots) to the latest supported Java version after testing it.',
  severity: 'medium',
  controls: ['OS-04'],
  cis: ['9.8'],
  fix: { cli: 'az webapp config set --name APP --resource-group RG --linux-fx-version "Java|VERSION"' },
});
