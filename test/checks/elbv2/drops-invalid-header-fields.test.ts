import { DescribeLoadBalancerAttributesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elbv2/drops-invalid-header-fields.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, attrs, lb } from './fixtures.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
beforeEach(() => elbv2.reset());

describe('elbv2.drops-invalid-header-fields', () => {
  it('PASS when the ALB drops invalid headers, FAIL when not (or the key is missing: AWS default false); NLBs not judged', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('strict'), lb('lax'), lb('unset'), lb('tcp', { Type: 'network' })] });
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lb('strict').LoadBalancerArn }).resolves(attrs({ 'routing.http.drop_invalid_header_fields.enabled': 'true' }));
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lb('lax').LoadBalancerArn }).resolves(attrs());
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lb('unset').LoadBalancerArn }).resolves({ Attributes: [] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'FAIL', resource: { id: 'lax' }, evidence: { 'routing.http.drop_invalid_header_fields.enabled': 'false', attributeReported: true } },
      { status: 'PASS', resource: { id: 'strict' }, evidence: { 'routing.http.drop_invalid_header_fields.enabled': 'true' }, srm: { duty: 'app-configuration' } },
      { status: 'FAIL', resource: { id: 'unset' }, evidence: { attributeReported: false } },
    ]);
    expect(elbv2.commandCalls(DescribeLoadBalancerAttributesCommand)).toHaveLength(3);
  });

  it('ERROR naming the permission when DescribeLoadBalancerAttributes is denied', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web')] });
    elbv2.on(DescribeLoadBalancerAttributesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticloadbalancing:DescribeLoadBalancerAttributes') }]);
  });
});
