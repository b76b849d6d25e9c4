import { describe, expect, it } from 'vitest';
import { DUTIES, DUTY_IDS, LAYERS, LAYER_IDS, SERVICE_MODELS, srmTag } from '../../src/srm/index.js';

/** DESIGN.md's layer table, transcribed once more by hand: the data must say exactly this. */
const DESIGN_TABLE = `
physical        customer csp      csp    csp    csp
infrastructure  customer csp      csp    csp    csp
host            customer shared   csp    csp    csp
network         customer shared   csp    csp    csp
application     customer customer shared shared shared
data            customer customer customer customer customer
identity        customer customer shared shared shared
endpoint        customer customer customer shared shared
operations      customer customer customer customer customer`;

describe('SRM model', () => {
  it('matches the owner matrix of DESIGN.md for every layer × service model', () => {
    const rows = DESIGN_TABLE.trim().split('\n').map((l) => l.trim().split(/\s+/));
    expect(rows.map((r) => r[0])).toEqual(LAYER_IDS);
    for (const [layer, ...owners] of rows) {
      SERVICE_MODELS.forEach((m, i) => expect(LAYERS[layer as keyof typeof LAYERS].owner[m], `${layer} ${m}`).toBe(owners[i]));
    }
  });

  it('has the 16 duty ids of DESIGN.md with their layers', () => {
    expect(DUTY_IDS).toEqual([
      'identity-access', 'data-encryption', 'data-residency', 'app-configuration', 'os-hardening', 'patch-management',
      'network-access', 'monitoring', 'logging', 'incident-response', 'configuration-management', 'function-logic',
      'input-validation', 'function-iam', 'secrets-management', 'trigger-access',
    ]);
    expect(DUTIES['function-iam'].layer).toBe('identity');
    expect(DUTIES['secrets-management'].layer).toBe('data');
    expect(DUTIES.monitoring.layer).toBe('endpoint');
  });

  it('derives the owner from duty and service model', () => {
    expect(srmTag('network-access', 'IaaS')).toEqual({ layer: 'network', serviceModel: 'IaaS', owner: 'shared', duty: 'network-access' });
    expect(srmTag('identity-access', 'SaaS').owner).toBe('shared');
    expect(srmTag('identity-access', 'IaaS').owner).toBe('customer');
    expect(srmTag('os-hardening', 'PaaS').owner).toBe('csp');
    expect(srmTag('logging', 'FaaS').owner).toBe('customer');
  });
});
