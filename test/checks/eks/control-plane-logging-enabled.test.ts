import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/eks/control-plane-logging-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { eksCluster } from './fixtures.js';

const eks = mockClient(EKSClient);
beforeEach(() => eks.reset());

const clusters = {
  'a-off': eksCluster('a-off'),
  'b-required': eksCluster('b-required', { logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator'], enabled: true }, { types: ['controllerManager', 'scheduler'], enabled: false }] } }),
  'c-audit-only': eksCluster('c-audit-only', { logging: { clusterLogging: [{ types: ['audit'], enabled: true }, { types: ['api', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }] } }),
};
const mockAll = () => {
  eks.on(ListClustersCommand).resolves({ clusters: Object.keys(clusters) });
  for (const [name, cluster] of Object.entries(clusters)) eks.on(DescribeClusterCommand, { name }).resolves({ cluster });
};

describe('eks.control-plane-logging-enabled', () => {
  it('PASS when api, audit and authenticator are enabled; FAIL naming the missing types', async () => {
    mockAll();
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'a-off' }, evidence: { enabledLogTypes: [], missingLogTypes: ['api', 'audit', 'authenticator'] } },
      { status: 'PASS', resource: { id: 'b-required' }, evidence: { enabledLogTypes: ['api', 'audit', 'authenticator'], missingLogTypes: [] } },
      { status: 'FAIL', resource: { id: 'c-audit-only' }, evidence: { enabledLogTypes: ['audit'], missingLogTypes: ['api', 'authenticator'] } },
    ]);
  });

  it('requiredLogTypes is an option', async () => {
    mockAll();
    const byId = Object.fromEntries((await runCheck(check, { options: { requiredLogTypes: ['audit'] } })).map((f) => [f.resource.id, f.status]));
    expect(byId).toEqual({ 'a-off': 'FAIL', 'b-required': 'PASS', 'c-audit-only': 'PASS' });
  });

  it('ERROR naming the permission when DescribeCluster is denied', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['x'] });
    eks.on(DescribeClusterCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'x' }, message: expect.stringContaining('eks:DescribeCluster') }]);
  });
});
