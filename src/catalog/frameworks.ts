import type { FrameworkId } from '../core/index.js';

/**
 * The published numbering of each framework, used to reject ids that do not exist. Counts are the number of
 * base controls per family / safeguards per control / requirements per domain in each framework's edition.
 */
const NIST_FAMILIES: Record<string, number> = {
  AC: 25,
  AT: 6,
  AU: 16,
  CA: 9,
  CM: 14,
  CP: 13,
  IA: 13,
  IR: 10,
  MA: 7,
  MP: 8,
  PE: 23,
  PL: 11,
  PM: 32,
  PS: 9,
  PT: 8,
  RA: 10,
  SA: 23,
  SC: 51,
  SI: 23,
  SR: 12,
};

/** CIS Controls v8: safeguards per control 1..18. */
const CIS_V8_SAFEGUARDS = [5, 7, 14, 12, 6, 8, 7, 12, 7, 7, 5, 8, 11, 9, 7, 14, 9, 5];

/** ISO/IEC 27001:2022 Annex A: themes 5 (organizational), 6 (people), 7 (physical), 8 (technological). */
const ISO_2022_THEMES: Record<string, number> = { '5': 37, '6': 8, '7': 14, '8': 34 };

/** CSA CCM v4: controls per domain. */
const CCM_V4_DOMAINS: Record<string, number> = {
  'A&A': 6,
  AIS: 7,
  BCR: 11,
  CCC: 9,
  CEK: 21,
  DCS: 15,
  DSP: 19,
  GRC: 8,
  HRS: 13,
  IAM: 16,
  IPY: 4,
  IVS: 9,
  LOG: 13,
  SEF: 8,
  STA: 14,
  TVM: 10,
  UEM: 14,
};

type Validator = (id: string) => string | undefined;

const inRange = (n: number, max: number | undefined) => max !== undefined && n >= 1 && n <= max;

const validators: Record<FrameworkId, Validator> = {
  'nist-800-53r5': (id) => {
    const m = /^([A-Z]{2})-(\d{1,2})(?:\((\d{1,2})\))?$/.exec(id);
    if (!m) return 'is not a NIST SP 800-53 id (expected FF-N or FF-N(E), e.g. AC-2 or AC-2(1))';
    const [, family = '', num = ''] = m;
    if (!(family in NIST_FAMILIES)) return `has no NIST SP 800-53 rev5 family '${family}'`;
    if (!inRange(Number(num), NIST_FAMILIES[family])) return `is past the last control of family ${family}`;
    return undefined;
  },
  'cis-v8': (id) => {
    const m = /^(\d{1,2})\.(\d{1,2})$/.exec(id);
    if (!m) return 'is not a CIS Controls v8 safeguard id (expected N.N, e.g. 5.4)';
    const control = Number(m[1]);
    if (!inRange(Number(m[2]), CIS_V8_SAFEGUARDS[control - 1])) return 'is not a CIS Controls v8 safeguard';
    return undefined;
  },
  'iso27001-2022': (id) => {
    const m = /^A\.([5-8])\.(\d{1,2})$/.exec(id);
    if (!m) return 'is not an ISO/IEC 27001:2022 Annex A id (expected A.5.1 to A.8.34)';
    if (!inRange(Number(m[2]), ISO_2022_THEMES[m[1] ?? '']))
      return 'is past the last Annex A control of its theme';
    return undefined;
  },
  'ccm-v4': (id) => {
    const m = /^([A-Z&]{3})-(\d{2})$/.exec(id);
    if (!m) return 'is not a CSA CCM v4 id (expected DOM-NN, e.g. IAM-02)';
    const [, domain = '', num = ''] = m;
    if (!(domain in CCM_V4_DOMAINS)) return `has no CCM v4 domain '${domain}'`;
    if (!inRange(Number(num), CCM_V4_DOMAINS[domain]))
      return `is past the last control of CCM domain ${domain}`;
    return undefined;
  },
  'pci-dss-4': (id) => {
    if (!/^(?:[1-9]|1[0-2])(?:\.\d{1,2}){1,4}$/.test(id))
      return 'is not a PCI DSS 4.0 requirement id (e.g. 8.4.2)';
    return undefined;
  },
};

/** Why `id` is not a valid id of `framework`, or `undefined` when it is. */
export function frameworkIdProblem(framework: FrameworkId, id: string): string | undefined {
  return validators[framework](id);
}

/** Framework aliases accepted on the command line. */
export const FRAMEWORK_ALIASES: Record<string, FrameworkId> = {
  nist: 'nist-800-53r5',
  'nist-800-53': 'nist-800-53r5',
  'nist-800-53-r5': 'nist-800-53r5',
  cis: 'cis-v8',
  iso: 'iso27001-2022',
  iso27001: 'iso27001-2022',
  ccm: 'ccm-v4',
  pci: 'pci-dss-4',
  'pci-dss': 'pci-dss-4',
};
