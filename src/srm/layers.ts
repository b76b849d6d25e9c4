import type { ServiceModel } from './service-models.js';

export const OWNERS = ['customer', 'shared', 'csp'] as const;
export type Owner = (typeof OWNERS)[number];

export interface Layer {
  readonly name: string;
  /** Who secures this layer under each service model: the seed document's tables. */
  readonly owner: Readonly<Record<ServiceModel, Owner>>;
}

/**
 * The SRM layers and the owner matrix (layer × service model), from the seed document's two
 * tables plus its operational section. The tables disagree on application/SaaS (CSP vs Shared);
 * we take Shared, as DESIGN.md explains: SaaS customers still configure access and sharing.
 */
export const LAYERS = {
  physical: {
    name: 'Physical Security',
    owner: { 'On-Prem': 'customer', IaaS: 'csp', PaaS: 'csp', SaaS: 'csp', FaaS: 'csp' },
  },
  infrastructure: {
    name: 'Infrastructure (compute, storage, network)',
    owner: { 'On-Prem': 'customer', IaaS: 'csp', PaaS: 'csp', SaaS: 'csp', FaaS: 'csp' },
  },
  host: {
    name: 'Host OS / host infrastructure',
    owner: { 'On-Prem': 'customer', IaaS: 'shared', PaaS: 'csp', SaaS: 'csp', FaaS: 'csp' },
  },
  network: {
    name: 'Network Controls',
    owner: { 'On-Prem': 'customer', IaaS: 'shared', PaaS: 'csp', SaaS: 'csp', FaaS: 'csp' },
  },
  application: {
    name: 'Application logic and application-level controls',
    owner: { 'On-Prem': 'customer', IaaS: 'customer', PaaS: 'shared', SaaS: 'shared', FaaS: 'shared' },
  },
  data: {
    name: 'Data (classification, accountability, protection)',
    owner: { 'On-Prem': 'customer', IaaS: 'customer', PaaS: 'customer', SaaS: 'customer', FaaS: 'customer' },
  },
  identity: {
    name: 'IAM & User Controls',
    owner: { 'On-Prem': 'customer', IaaS: 'customer', PaaS: 'shared', SaaS: 'shared', FaaS: 'shared' },
  },
  endpoint: {
    name: 'Client & Endpoint Protection (incl. user behaviour monitoring)',
    owner: { 'On-Prem': 'customer', IaaS: 'customer', PaaS: 'customer', SaaS: 'shared', FaaS: 'shared' },
  },
  operations: {
    name: 'Logging, incident response, configuration management',
    owner: { 'On-Prem': 'customer', IaaS: 'customer', PaaS: 'customer', SaaS: 'customer', FaaS: 'customer' },
  },
} as const satisfies Record<string, Layer>;

export type LayerId = keyof typeof LAYERS;
export const LAYER_IDS = Object.keys(LAYERS) as LayerId[];

/** Layers the provider owns under every cloud model: not scanned, reported as inherited. */
export const PROVIDER_ATTESTED_LAYERS: readonly LayerId[] = ['physical', 'infrastructure'];
export const PROVIDER_ATTESTATIONS = {
  text: 'Inherited from AWS: see the provider attestations (SOC 2, ISO 27001) in AWS Artifact.',
  url: 'https://aws.amazon.com/artifact/',
} as const;
