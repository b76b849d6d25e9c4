import { CreateClusterCommand, EnableLoggingCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { beforeAll, describe, expect, it } from 'vitest';
import logging from '../../../checks/redshift/audit-logging-enabled.js';
import encrypted from '../../../checks/redshift/cluster-encrypted.js';
import notPublic from '../../../checks/redshift/cluster-not-public.js';
import ssl from '../../../checks/redshift/ssl-required.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '350000000002';
const REGION = 'eu-west-1';

beforeAll(async () => {
  const rs = seedClient(RedshiftClient, ACCOUNT, REGION);
  const base = { NodeType: 'dc2.large', MasterUsername: 'admin1', MasterUserPassword: 'NotARealSecret1', ClusterType: 'single-node' };
  await rs.send(new CreateClusterCommand({ ...base, ClusterIdentifier: 'warehouse', Encrypted: true, PubliclyAccessible: false }));
  await rs.send(new CreateClusterCommand({ ...base, ClusterIdentifier: 'adhoc', Encrypted: false, PubliclyAccessible: true }));
  await rs.send(new EnableLoggingCommand({ ClusterIdentifier: 'warehouse', LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog', 'useractivitylog'] }));
});

describe('Redshift against moto', () => {
  it('public access, encryption, audit logging and require_ssl per cluster, each API asked once per input', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const run = async (check: typeof notPublic) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));
    expect(await run(notPublic)).toEqual({ warehouse: 'PASS', adhoc: 'FAIL' });
    expect(await run(encrypted)).toEqual({ warehouse: 'PASS', adhoc: 'FAIL' });
    expect(await run(logging)).toEqual({ warehouse: 'PASS', adhoc: 'FAIL' });
    // moto cannot set require_ssl (ModifyClusterParameterGroup answers 404), so both clusters use groups with require_ssl false.
    expect(await run(ssl)).toEqual({ warehouse: 'FAIL', adhoc: 'FAIL' });
    expect(stats.byOperation.get('redshift:DescribeClusters')).toBe(1);
    expect(stats.byOperation.get('redshift:DescribeLoggingStatus')).toBe(2);
    expect(stats.byOperation.get('redshift:DescribeClusterParameters')).toBe(1);
    expect(stats.repeated.size).toBe(0);
  });

  it('builds the cluster ARN (moto and AWS give none in DescribeClusters)', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const [f] = (await runCheck(encrypted, { region: REGION, inventory, account: ACCOUNT })).filter((x) => x.resource.id === 'warehouse');
    expect(f!.resource.arn).toBe(`arn:aws:redshift:${REGION}:${ACCOUNT}:cluster:warehouse`);
  });
});
