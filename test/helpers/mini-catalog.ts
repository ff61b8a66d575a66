import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small, valid catalog written from scratch for tests: two controls, one provider with three services.
 * Each test changes one thing in it (`edit`) and checks what the loader says.
 */
export const MINI = {
  'sources.yaml': `sources:
  - id: model-src
    title: A model
    publisher: Test
    url: https://example.test/model
`,
  'controls/os.yaml': `domain: os
title: Operating system
controls:
  - id: OS-01
    title: Guest OS patched
    objective: Operating systems are patched.
    frameworks:
      nist-800-53r5: ["SI-2"]
      cis-v8: ["7.3"]
      iso27001-2022: ["A.8.8"]
      ccm-v4: ["TVM-03"]
      pci-dss-4: ["6.3.3"]
    duties:
      provider: Patches the operating system it runs.
      customer: Patches the guest operating system.
    defaults:
      on-prem: customer
      iaas: customer
      paas: provider
      saas: provider
    source: model-src
`,
  'controls/physical.yaml': `domain: physical
title: Physical
controls:
  - id: PHY-01
    title: Facility access
    objective: Only authorised people enter.
    frameworks:
      nist-800-53r5: ["PE-2", "PE-3"]
      cis-v8: []
      iso27001-2022: ["A.7.2"]
      ccm-v4: ["DCS-09"]
      pci-dss-4: ["9.2.1"]
    duties:
      provider: Guards its data centres.
      customer: Guards its own rooms.
    defaults:
      on-prem: customer
      iaas: provider
      paas: { owner: provider, provider: Guards the platform's data centres. }
      saas: provider
    source: model-src
`,
  'services/aws.yaml': `provider: aws
title: Amazon Web Services
source: model-src
sources:
  - id: lambda-doc
    title: Lambda runtime updates
    publisher: Amazon Web Services
    url: https://example.test/lambda
services:
  - id: ec2
    title: Amazon EC2
    model: iaas
    kinds: [compute.instance]
  - id: lambda
    title: AWS Lambda
    model: paas
    kinds: [compute.function]
    aliases: [aws-lambda]
    overrides:
      - control: OS-01
        owner: shared
        provider: Patches managed runtimes in automatic mode.
        customer: Keeps functions on supported runtimes.
        source: lambda-doc
  - id: s3
    title: Amazon S3
    model: paas
    kinds: [storage.bucket]
`,
} as const;

export type MiniFile = keyof typeof MINI;

/** Writes the mini catalog, with `edits` applied (each replaces one exact piece of text), to a new folder. */
export function writeMiniCatalog(edits: { file: MiniFile; from: string; to: string }[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'verity-catalog-'));
  const files: Record<string, string> = { ...MINI };
  for (const e of edits) {
    const text = files[e.file] ?? '';
    if (!text.includes(e.from)) throw new Error(`test edit: '${e.from}' not found in ${e.file}`);
    files[e.file] = text.replace(e.from, e.to);
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The 1-based line of the first line containing `needle` in a mini file after `edits`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`'${needle}' not in text`);
  return i + 1;
}
