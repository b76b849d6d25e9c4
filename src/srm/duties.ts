import type { LayerId } from './layers.js';

export interface Duty {
  readonly title: string;
  /** The seed document's wording this duty comes from. */
  readonly source: string;
  readonly layer: LayerId;
  /**
   * The config key without which this duty's checks judge nothing (they return no finding rather
   * than guess): named to the user when the duty is not evaluated.
   */
  readonly needsConfig?: string;
}

/** Customer duties: ids are a public contract (reports group by them, users filter by them). */
export const DUTIES = {
  'identity-access': { title: 'Identity and access management', source: 'IAM for users and services', layer: 'identity' },
  'data-encryption': { title: 'Data encryption and key management', source: 'data classification, encryption and key management', layer: 'data' },
  'data-residency': { title: 'Data residency', source: 'data residency and compliance enforcement', layer: 'data', needsConfig: 'allowedRegions' },
  'app-configuration': { title: 'Application configuration', source: 'application-level security configurations', layer: 'application' },
  'os-hardening': { title: 'Operating system hardening', source: 'operating system hardening', layer: 'host' },
  'patch-management': { title: 'Patch management', source: 'patch management (guest OS, runtimes)', layer: 'host' },
  'network-access': { title: 'Network access rules', source: 'network access rules and routing', layer: 'network' },
  monitoring: { title: 'Monitoring and threat detection', source: 'user behaviour monitoring and endpoint protection', layer: 'endpoint' },
  logging: { title: 'Logging', source: 'cloud-native logging, SIEM-ready trails', layer: 'operations' },
  'incident-response': { title: 'Incident response readiness', source: 'log retention and access for forensics', layer: 'operations' },
  'configuration-management': { title: 'Configuration management', source: 'drift and misconfiguration detection', layer: 'operations' },
  'function-logic': { title: 'Function logic and runtime', source: 'FaaS: function logic and runtime', layer: 'application' },
  'input-validation': { title: 'Input validation', source: 'FaaS: input validation and error handling', layer: 'application' },
  'function-iam': { title: 'Function IAM roles', source: 'FaaS: IAM role per function', layer: 'identity' },
  'secrets-management': { title: 'Secrets management', source: 'FaaS: secrets and environment variables', layer: 'data' },
  'trigger-access': { title: 'Trigger access control', source: 'FaaS: API gateways and trigger-based access control', layer: 'application' },
} as const satisfies Record<string, Duty>;

export type DutyId = keyof typeof DUTIES;
export const DUTY_IDS = Object.keys(DUTIES) as DutyId[];

export function isDutyId(value: unknown): value is DutyId {
  return typeof value === 'string' && Object.hasOwn(DUTIES, value);
}
