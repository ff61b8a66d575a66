import { Command, CommanderError, Option } from 'commander';
import { FRAMEWORKS, formatIssue, InputError, PROVIDERS, VerityError } from '../core/index.js';
import { OFFLINE_FORMATS } from '../inventory/types.js';
import { TABULAR_FORMATS } from '../report/index.js';
import { Context, type GlobalOptions, type Io } from './context.js';
import { VERSION } from './version.js';

const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

const formatOption = () =>
  new Option('-f, --format <format>', 'output format').choices([...TABULAR_FORMATS]).default('table');

/**
 * Builds the command tree. Each command's code lives in its own file under `commands/` and is imported only
 * when that command runs, so `verity --help` stays fast.
 */
export function buildProgram(io: Io): { program: Command; exitCode: () => number } {
  const program = new Command('verity');
  let code = 0;
  /** Runs a command that may ask for a non-zero exit without an error (e.g. inputs skipped, findings found). */
  const exit = (n: number | undefined) => {
    if (typeof n === 'number') code = n;
  };
  let ctx: Context | undefined;
  const context = () => {
    ctx ??= new Context(io, program.opts<GlobalOptions>());
    return ctx;
  };
  program
    .description(
      'Shared-responsibility security posture across AWS, Azure, Google Cloud, Kubernetes and on-premises:\n' +
        'who owns each control, whether the customer side passes, whether the provider side is verified.',
    )
    .version(VERSION, '-V, --version')
    .option('--catalog <dir>', 'responsibility catalog folder (default: the bundled one; env VERITY_CATALOG)')
    .option('--db <path>', 'database file (default: ~/.verity/verity.db; env VERITY_DB)')
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ verity catalog matrix --provider aws --service lambda rds
  $ verity catalog explain aws lambda OS-04
  $ verity catalog controls --framework pci-dss-4 --format csv > pci.csv

Exit codes: 0 ok · 1 findings at or above --fail-on · 2 usage or input error · 3 environment (database,\n  network, permissions) · 70 internal error`,
    );

  const catalog = program
    .command('catalog')
    .description('the responsibility catalog: controls, framework mappings, who owns what per service');

  catalog
    .command('controls')
    .description('list the controls, with their framework mappings')
    .addOption(
      new Option('--framework <id>', 'only controls mapped to this framework, showing its ids').choices([
        ...FRAMEWORKS,
        'nist',
        'cis',
        'iso',
        'ccm',
        'pci',
      ]),
    )
    .option('--domain <domain>', 'only controls of this domain (e.g. network, key-management)')
    .addOption(formatOption())
    .action(async (opts) => (await import('./commands/catalog-controls.js')).run(context(), opts));

  catalog
    .command('services')
    .description('list the services the catalog knows, with their service model and resource kinds')
    .addOption(new Option('--provider <provider>', 'only this provider').choices([...PROVIDERS]))
    .addOption(formatOption())
    .action(async (opts) => (await import('./commands/catalog-services.js')).run(context(), opts));

  catalog
    .command('matrix')
    .description('the responsibility matrix: who owns each control for each service')
    .option('-p, --provider <provider>', `provider: ${PROVIDERS.join(', ')}`)
    .option('-s, --service <id...>', 'only these services (ids or aliases)')
    .option('--estate <file>', 'only the services an estate file says are in use (see examples/estate)')
    .option('--snapshot <id>', 'only the services in use in an inventory snapshot (`latest` for the newest)')
    .option('--owner <owner>', 'only rows owned by provider, customer or shared')
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
In the table, P = provider, C = customer, S = shared; * marks a service's own entry that overrides its
service model's default. --format json prints { "rows": [ ... ] }, one row per service × control.`,
    )
    .action(async (opts) => (await import('./commands/catalog-matrix.js')).run(context(), opts));

  catalog
    .command('explain')
    .description('who owns a control for a service, what each side must do, why, and who says so')
    .argument('<provider>', `provider: ${PROVIDERS.join(', ')}`)
    .argument('<service>', 'service id or alias, e.g. lambda')
    .argument('<control>', 'control id, e.g. OS-04')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (provider, service, control, opts) =>
      (await import('./commands/catalog-explain.js')).run(context(), provider, service, control, opts),
    );

  catalog
    .command('check')
    .description('validate the catalog and print what it holds; fails with every problem, file and line')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => (await import('./commands/catalog-check.js')).run(context(), opts));

  const db = program.command('db').description('the local database (SQLite; created on first use)');
  db.command('status')
    .description('where the database is, its schema version and what it holds')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => (await import('./commands/db-status.js')).run(context(), opts));
  db.command('migrate')
    .description('create the database or bring its schema up to date')
    .action(async () => (await import('./commands/db-migrate.js')).run(context()));

  program
    .command('collect')
    .description('read exports and infrastructure-as-code into one inventory snapshot')
    .argument('<paths...>', 'files or folders (several sources make one hybrid snapshot)')
    .addOption(
      new Option('--format <format>', 'input format; auto detects each file')
        .choices(['auto', ...OFFLINE_FORMATS])
        .default('auto'),
    )
    .option('--note <text>', 'a note stored with the snapshot')
    .option('--json', 'print the collection report as JSON')
    .addHelpText(
      'after',
      `
Formats: ${OFFLINE_FORMATS.join(', ')}.
A malformed file or record is reported with file and line and skipped; everything else is still collected,
and the command exits 2 so pipelines notice. Resource types Verity does not normalize are counted and listed.

Examples:
  $ verity collect examples/estate
  $ verity collect exports/aws --format aws-cli --note "before change 4711"`,
    )
    .action(async (paths, opts) =>
      exit(await (await import('./commands/collect.js')).run(context(), paths, opts)),
    );

  const inventory = program
    .command('inventory')
    .description('the collected inventory: snapshots and resources');
  inventory
    .command('list')
    .description('list the resources of a snapshot')
    .option('--snapshot <id>', 'snapshot id or unique prefix', 'latest')
    .option('-k, --kind <kind...>', 'only these normalized kinds (e.g. storage.bucket)')
    .option('-p, --provider <provider...>', 'only these providers')
    .option('-s, --service <service...>', 'only these catalog services')
    .addOption(formatOption())
    .action(async (opts) => (await import('./commands/inventory.js')).list(context(), opts));
  inventory
    .command('show')
    .description('one resource, with its normalized properties, relations and raw document')
    .argument('<id>', 'resource id (ARN, Azure resource id, GCP resource name, onprem:<host>, …)')
    .option('--snapshot <id>', 'snapshot id or unique prefix', 'latest')
    .action(async (id, opts) => (await import('./commands/inventory.js')).show(context(), id, opts));
  inventory
    .command('diff')
    .description('what was added, removed and changed between two snapshots')
    .argument('<from>', 'older snapshot id or prefix')
    .argument('<to>', 'newer snapshot id or prefix (or latest)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (a, b, opts) => (await import('./commands/inventory.js')).diff(context(), a, b, opts));
  inventory
    .command('snapshots')
    .description('list snapshots, newest first')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => (await import('./commands/inventory.js')).snapshots(context(), opts));

  program
    .command('scan')
    .description('evaluate the checks on an inventory snapshot and store the findings, each with its owner')
    .option('--snapshot <id>', 'snapshot id or unique prefix', 'latest')
    .option('-c, --check <id...>', 'only these checks')
    .option('--fail-on <severity>', 'exit 1 when a failure is at or above: critical, high, medium, low, info')
    .option('--all', 'also list passing and not-applicable results')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json', 'csv', 'sarif', 'ocsf', 'asff', 'junit', 'html'])
        .default('table'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addHelpText(
      'after',
      `
Formats: table (terminal), json, csv, sarif (SARIF 2.1.0; IaC findings carry file and line), ocsf (OCSF
Compliance Finding events), asff (AWS Security Hub BatchImportFindings body), junit (JUnit XML for CI), html
(one self-contained page).
Findings whose data could not be collected are reported as errors ("could not verify"), never as passes.

Examples:
  $ verity collect examples/estate && verity scan --fail-on high`,
    )
    .action(async (opts) => exit(await (await import('./commands/scan.js')).run(context(), opts)));

  const flows = program.command('flows').description('network flows from every environment');
  flows
    .command('ingest')
    .description(
      'parse flow records and report what was read, rejected (with where and why) and the top edges',
    )
    .argument('<paths...>', 'flow files or folders (gzip is read transparently)')
    .addOption(
      new Option('--format <format>', 'flow format; auto detects each file')
        .choices(['auto', 'aws-vpc', 'azure-nsg', 'azure-vnet', 'gcp-vpc', 'zeek', 'netflow', 'pcap'])
        .default('auto'),
    )
    .option('--top <n>', 'how many edges to list', '10')
    .option('--json', 'print the report as JSON')
    .action(async (paths, opts) =>
      exit(await (await import('./commands/flows-ingest.js')).run(context(), paths, opts)),
    );

  const checks = program.command('checks').description('the built-in checks');
  checks
    .command('list')
    .description('list the checks (id, severity, providers, controls, title)')
    .option('-p, --provider <provider>', 'only checks serving this provider')
    .option('-k, --kind <kind>', 'only checks on this resource kind')
    .option('--control <id>', 'only checks testing this catalog control')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'),
    )
    .action(async (opts) => (await import('./commands/checks.js')).list(context(), opts));
  checks
    .command('show')
    .description('one check: rationale, remediation, fix, and the controls it tests')
    .argument('<id>', 'check id')
    .option('-p, --provider <provider>', 'with --service: show who owns each control for that service')
    .option('-s, --service <service>', 'catalog service id')
    .action(async (id, opts) => (await import('./commands/checks.js')).show(context(), id, opts));

  return { program, exitCode: () => code };
}

/** Runs the CLI and returns the exit code. Only here are errors caught and turned into messages. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const { program, exitCode } = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return exitCode();
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has printed its own message (or the help / version text).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    io.stderr.write(`verity: ${error.message}\n`);
    for (const issue of error.issues) io.stderr.write(`  ${formatIssue(issue)}\n`);
    return error.exitCode;
  }
  if (error instanceof VerityError) {
    io.stderr.write(`verity: ${error.message}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`verity: internal error — please report it with the lines below.\n${detail}\n`);
  return 70;
}
