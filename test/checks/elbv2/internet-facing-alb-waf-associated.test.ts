import { DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetWebACLForResourceCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elbv2/internet-facing-alb-waf-associated.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, lb } from './fixtures.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
const waf = mockClient(WAFV2Client);
beforeEach(() => {
  elbv2.reset();
  waf.reset();
});
const ACL = 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge/1234';

describe('elbv2.internet-facing-alb-waf-associated', () => {
  it('PASS with a web ACL, FAIL when AWS answers with no WebACL; internal ALBs and NLBs are not judged', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('shielded'), lb('bare'), lb('inner', { Scheme: 'internal' }), lb('tcp', { Type: 'network' })] });
    waf.on(GetWebACLForResourceCommand, { ResourceArn: lb('shielded').LoadBalancerArn }).resolves({ WebACL: { Name: 'edge', Id: '1234', ARN: ACL, DefaultAction: { Allow: {} }, VisibilityConfig: undefined } as never });
    waf.on(GetWebACLForResourceCommand, { ResourceArn: lb('bare').LoadBalancerArn }).resolves({});
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'FAIL', resource: { id: 'bare', type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' }, evidence: { webAclArn: null, Scheme: 'internet-facing' } },
      { status: 'PASS', resource: { id: 'shielded' }, evidence: { webAclArn: ACL }, srm: { duty: 'app-configuration', serviceModel: 'IaaS' } },
    ]);
    expect(waf.commandCalls(GetWebACLForResourceCommand)).toHaveLength(2);
  });

  it('ERROR naming wafv2:GetWebACLForResource when it is denied', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web')] });
    waf.on(GetWebACLForResourceCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', resource: { id: 'web' }, message: expect.stringContaining('wafv2:GetWebACLForResource') }]);
  });
});
