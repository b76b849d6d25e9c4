import { DescribeLoadBalancerAttributesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elbv2/access-logs-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, attrs, lb } from './fixtures.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
beforeEach(() => elbv2.reset());

describe('elbv2.access-logs-enabled', () => {
  it('PASS when access_logs.s3.enabled is true, FAIL when false; gateway load balancers are not judged', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('logged'), lb('silent', { Type: 'network' }), lb('gw', { Type: 'gateway' })] });
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lb('logged').LoadBalancerArn }).resolves(attrs({ 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'elb-logs' }));
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lb('silent', { Type: 'network' }).LoadBalancerArn }).resolves(attrs());
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'PASS', resource: { id: 'logged', type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' }, evidence: { 'access_logs.s3.enabled': 'true', attributeReported: true, 'access_logs.s3.bucket': 'elb-logs' }, srm: { duty: 'logging' } },
      { status: 'FAIL', resource: { id: 'silent' }, evidence: { 'access_logs.s3.enabled': 'false', attributeReported: true, Type: 'network' } },
    ]);
  });

  it('reads a missing key as AWS\'s default (false) and says so (emulators omit attributes never set)', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web')] });
    elbv2.on(DescribeLoadBalancerAttributesCommand).resolves({ Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'FAIL', evidence: { 'access_logs.s3.enabled': 'false', attributeReported: false } }]);
  });

  it('ERROR naming the permission when DescribeLoadBalancerAttributes is denied', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web')] });
    elbv2.on(DescribeLoadBalancerAttributesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', resource: { id: 'web' }, message: expect.stringContaining('elasticloadbalancing:DescribeLoadBalancerAttributes') }]);
  });
});
