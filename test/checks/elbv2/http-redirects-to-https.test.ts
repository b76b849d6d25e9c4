import { DescribeListenersCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elbv2/http-redirects-to-https.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, lb, listener } from './fixtures.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
beforeEach(() => elbv2.reset());
const TG = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/1';

describe('elbv2.http-redirects-to-https', () => {
  it('PASS for a redirect to HTTPS, FAIL for forward or a redirect to HTTP; HTTPS listeners and NLBs are not judged', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web'), lb('tcp', { Type: 'network' })] });
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: lb('web').LoadBalancerArn }).resolves({
      Listeners: [
        listener('web', 80, { Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', Order: 1, RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }] }),
        listener('web', 8080, { Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: TG }] }),
        listener('web', 8081, { Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTP', Port: '80', StatusCode: 'HTTP_302' } }] }),
        listener('web', 443, { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', DefaultActions: [{ Type: 'forward', TargetGroupArn: TG }] }),
      ],
    });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'PASS', resource: { id: 'web:80', type: 'AWS::ElasticLoadBalancingV2::Listener' }, evidence: { defaultActionType: 'redirect', redirectProtocol: 'HTTPS' } },
      { status: 'FAIL', resource: { id: 'web:8080' }, evidence: { defaultActionType: 'forward', redirectProtocol: null } },
      { status: 'FAIL', resource: { id: 'web:8081' }, evidence: { defaultActionType: 'redirect', redirectProtocol: 'HTTP' } },
    ]);
    expect(elbv2.commandCalls(DescribeListenersCommand)).toHaveLength(1);
  });

  it('ERROR naming the permission when DescribeListeners is denied', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web')] });
    elbv2.on(DescribeListenersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', resource: { id: 'web' }, message: expect.stringContaining('elasticloadbalancing:DescribeListeners') }]);
  });
});
