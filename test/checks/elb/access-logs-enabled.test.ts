import { DescribeLoadBalancerAttributesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elb/access-logs-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, clb } from './fixtures.js';

const elb = mockClient(ElasticLoadBalancingClient);
beforeEach(() => elb.reset());

describe('elb.access-logs-enabled', () => {
  it('PASS when AccessLog.Enabled, FAIL when not', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancerDescriptions: [clb('logged', []), clb('silent', [])] });
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'logged' }).resolves({ LoadBalancerAttributes: { AccessLog: { Enabled: true, S3BucketName: 'elb-logs', EmitInterval: 60 }, CrossZoneLoadBalancing: { Enabled: true } } });
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'silent' }).resolves({ LoadBalancerAttributes: { AccessLog: { Enabled: false }, CrossZoneLoadBalancing: { Enabled: true } } });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'PASS', resource: { id: 'logged' }, evidence: { 'AccessLog.Enabled': true, 'AccessLog.S3BucketName': 'elb-logs' }, srm: { duty: 'logging', serviceModel: 'IaaS' } },
      { status: 'FAIL', resource: { id: 'silent' }, evidence: { 'AccessLog.Enabled': false } },
    ]);
  });

  it('ERROR (invalid data), not FAIL, when the answer carries no attributes', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancerDescriptions: [clb('odd', [])] });
    elb.on(DescribeLoadBalancerAttributesCommand).resolves({});
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', resource: { id: 'odd' }, message: expect.stringContaining('DescribeLoadBalancerAttributes') }]);
  });

  it('ERROR naming the permission when DescribeLoadBalancerAttributes is denied', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancerDescriptions: [clb('a', [])] });
    elb.on(DescribeLoadBalancerAttributesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('elasticloadbalancing:DescribeLoadBalancerAttributes') }]);
  });
});
