import { DescribeLoadBalancerAttributesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elbv2/deletion-protection-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, attrs, lb } from './fixtures.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
beforeEach(() => elbv2.reset());

describe('elbv2.deletion-protection-enabled', () => {
  it('PASS when deletion_protection.enabled is true, FAIL when false, for every load balancer type', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('kept'), lb('gw', { Type: 'gateway' })] });
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lb('kept').LoadBalancerArn }).resolves(attrs({ 'deletion_protection.enabled': 'true' }));
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lb('gw', { Type: 'gateway' }).LoadBalancerArn }).resolves({ Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'FAIL', resource: { id: 'gw' }, evidence: { 'deletion_protection.enabled': 'false', attributeReported: true, Type: 'gateway' } },
      { status: 'PASS', resource: { id: 'kept' }, evidence: { 'deletion_protection.enabled': 'true' }, srm: { duty: 'configuration-management', serviceModel: 'IaaS' } },
    ]);
  });

  it('ERROR for the scope when DescribeLoadBalancers is denied', async () => {
    elbv2.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticloadbalancing:DescribeLoadBalancers') }]);
  });
});
