import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { beforeAll, describe, expect, it } from 'vitest';
import audit from '../../../checks/opensearch/audit-logging-enabled.js';
import notPublic from '../../../checks/opensearch/domain-not-public.js';
import atRest from '../../../checks/opensearch/encryption-at-rest-enabled.js';
import fgac from '../../../checks/opensearch/fine-grained-access-control-enabled.js';
import https from '../../../checks/opensearch/https-tls12-required.js';
import n2n from '../../../checks/opensearch/node-to-node-encryption-enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '350000000003';
const REGION = 'eu-west-1';
const openPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:ESHttp*', Resource: `arn:aws:es:${REGION}:${ACCOUNT}:domain/*` }] });

beforeAll(async () => {
  const os = seedClient(OpenSearchClient, ACCOUNT, REGION);
  await os.send(new CreateDomainCommand({
    DomainName: 'logs-secure',
    EncryptionAtRestOptions: { Enabled: true },
    NodeToNodeEncryptionOptions: { Enabled: true },
    DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
    AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true, MasterUserOptions: { MasterUserName: 'admin', MasterUserPassword: 'NotARealSecret1!' } },
    LogPublishingOptions: { AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/opensearch/audit` } },
    AccessPolicies: openPolicy,
  }));
  await os.send(new CreateDomainCommand({ DomainName: 'search-open', AccessPolicies: openPolicy }));
  for (let i = 0; i < 5; i++) await os.send(new CreateDomainCommand({ DomainName: `tenant-${i}` }));
});

describe('OpenSearch against moto', () => {
  it('lists the domains and describes them 5 at a time', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const domains = await inventory.opensearch.domains(REGION);
    expect(domains.map((d) => d.DomainName).sort()).toEqual(['logs-secure', 'search-open', 'tenant-0', 'tenant-1', 'tenant-2', 'tenant-3', 'tenant-4']);
    expect(stats.byOperation.get('opensearch:ListDomainNames')).toBe(1);
    expect(stats.byOperation.get('opensearch:DescribeDomains')).toBe(2);
  });

  it('judges each domain; the open policy passes only behind fine-grained access control', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const run = async (check: typeof atRest) => {
      const byId = Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));
      return { secure: byId['logs-secure'], open: byId['search-open'], plain: byId['tenant-0'] };
    };
    expect(await run(notPublic)).toEqual({ secure: 'PASS', open: 'FAIL', plain: 'PASS' });
    expect(await run(atRest)).toEqual({ secure: 'PASS', open: 'FAIL', plain: 'FAIL' });
    expect(await run(n2n)).toEqual({ secure: 'PASS', open: 'FAIL', plain: 'FAIL' });
    expect(await run(https)).toEqual({ secure: 'PASS', open: 'FAIL', plain: 'FAIL' });
    expect(await run(audit)).toEqual({ secure: 'PASS', open: 'FAIL', plain: 'FAIL' });
    expect(await run(fgac)).toEqual({ secure: 'PASS', open: 'FAIL', plain: 'FAIL' });
    expect(stats.repeated.size).toBe(0);
  });
});
