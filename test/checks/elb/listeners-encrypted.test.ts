import { DescribeLoadBalancersCommand, ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elb/listeners-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, arn, clb } from './fixtures.js';

const elb = mockClient(ElasticLoadBalancingClient);
beforeEach(() => elb.reset());

describe('elb.listeners-encrypted', () => {
  it('PASS when every listener is HTTPS or SSL, FAIL with an HTTP or TCP listener', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancerDescriptions: [
        clb('tls', [{ Protocol: 'HTTPS', LoadBalancerPort: 443 }, { Protocol: 'SSL', LoadBalancerPort: 8443 }]),
        clb('mixed', [{ Protocol: 'HTTPS', LoadBalancerPort: 443 }, { Protocol: 'HTTP', LoadBalancerPort: 80 }]),
        clb('tcp', [{ Protocol: 'TCP', LoadBalancerPort: 5432 }]),
      ],
    });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'FAIL', resource: { id: 'mixed', arn: arn('mixed') }, evidence: { listeners: [{ Protocol: 'HTTPS', LoadBalancerPort: 443 }, { Protocol: 'HTTP', LoadBalancerPort: 80 }] } },
      { status: 'FAIL', resource: { id: 'tcp' }, evidence: { listeners: [{ Protocol: 'TCP' }] } },
      { status: 'PASS', resource: { id: 'tls', type: 'AWS::ElasticLoadBalancing::LoadBalancer' }, srm: { duty: 'data-encryption' } },
    ]);
  });

  it('follows NextMarker pages', async () => {
    elb.on(DescribeLoadBalancersCommand, { PageSize: 400 }).resolves({ LoadBalancerDescriptions: [clb('a', [])], NextMarker: 'm' });
    elb.on(DescribeLoadBalancersCommand, { PageSize: 400, Marker: 'm' }).resolves({ LoadBalancerDescriptions: [clb('b', [])] });
    expect((await runCheck(check, { region: REGION })).map((f) => f.resource.id)).toEqual(['a', 'b']);
  });

  it('ERROR naming the permission when DescribeLoadBalancers is denied', async () => {
    elb.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticloadbalancing:DescribeLoadBalancers') }]);
  });
});
