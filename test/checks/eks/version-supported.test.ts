import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/eks/version-supported.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { eksCluster } from './fixtures.js';

const eks = mockClient(EKSClient);
beforeEach(() => eks.reset());

const clusters = {
  'a-current': eksCluster('a-current', { version: '1.35' }),
  'b-extended': eksCluster('b-extended', { version: '1.32' }),
  'c-ancient': eksCluster('c-ancient', { version: '1.19' }),
  'd-future': eksCluster('d-future', { version: '1.40' }),
  'e-last-day': eksCluster('e-last-day', { version: '1.34' }),
};
const mockAll = () => {
  eks.on(ListClustersCommand).resolves({ clusters: Object.keys(clusters) });
  for (const [name, cluster] of Object.entries(clusters)) eks.on(DescribeClusterCommand, { name }).resolves({ cluster });
};
const now = new Date('2026-12-02T09:00:00Z');

describe('eks.version-supported', () => {
  it('standard support passes (the end day included); extended and out-of-table old versions fail; newer than the table passes', async () => {
    mockAll();
    expect(await runCheck(check, { now })).toMatchObject([
      { status: 'PASS', resource: { id: 'a-current' }, evidence: { version: '1.35', supportStatus: 'standard', standardSupportEnd: '2027-03-27' } },
      { status: 'FAIL', resource: { id: 'b-extended' }, evidence: { supportStatus: 'extended', standardSupportEnd: '2026-03-23', extendedSupportEnd: '2027-03-23' } },
      { status: 'FAIL', resource: { id: 'c-ancient' }, evidence: { supportStatus: 'unsupported', standardSupportEnd: null } },
      { status: 'PASS', resource: { id: 'd-future' }, evidence: { supportStatus: 'newer-than-table' } },
      { status: 'PASS', resource: { id: 'e-last-day' }, evidence: { supportStatus: 'standard', standardSupportEnd: '2026-12-02' } },
    ]);
    const next = Object.fromEntries((await runCheck(check, { now: new Date('2026-12-03T00:00:00Z') })).map((f) => [f.resource.id, f.status]));
    expect(next['e-last-day']).toBe('FAIL');
  });

  it('minimumVersion fails versions below it even in standard support', async () => {
    mockAll();
    const byId = Object.fromEntries((await runCheck(check, { now, options: { minimumVersion: '1.35' } })).map((f) => [f.resource.id, f.status]));
    expect(byId).toMatchObject({ 'a-current': 'PASS', 'e-last-day': 'FAIL', 'd-future': 'PASS' });
  });

  it('ERROR for a cluster without a readable version, and naming the permission when DescribeCluster is denied', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['odd', 'denied'] });
    eks.on(DescribeClusterCommand, { name: 'odd' }).resolves({ cluster: eksCluster('odd', { version: 'v1.30-eks' }) });
    eks.on(DescribeClusterCommand, { name: 'denied' }).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { now })).toMatchObject([
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('eks:DescribeCluster') },
      { status: 'ERROR', resource: { id: 'odd' } },
    ]);
  });
});
