import { DescribeListenersCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elbv2/listener-tls-policy-current.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, lb, listener } from './fixtures.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
beforeEach(() => elbv2.reset());

describe('elbv2.listener-tls-policy-current', () => {
  it('PASS for TLS 1.2+ policies without weak ciphers; FAIL for TLS 1.0/1.1, SHA-1 suites and unknown policies; HTTP not judged', async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web'), lb('tcp', { Type: 'network' })] });
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: lb('web').LoadBalancerArn }).resolves({
      Listeners: [
        listener('web', 443, { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' }),
        listener('web', 8443, { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-2016-08' }),
        listener('web', 9443, { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06' }),
        listener('web', 80, { Protocol: 'HTTP' }),
      ],
    });
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: lb('tcp', { Type: 'network' }).LoadBalancerArn }).resolves({
      Listeners: [
        listener('tcp', 443, { Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06' }),
        listener('tcp', 8443, { Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-Custom-Unknown' }),
        listener('tcp', 9443, { Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' }),
      ],
    });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'FAIL', resource: { id: 'tcp:443', type: 'AWS::ElasticLoadBalancingV2::Listener' }, evidence: { SslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06', minProtocol: 'TLSv1.1' } },
      { status: 'FAIL', resource: { id: 'tcp:8443' }, evidence: { SslPolicy: 'ELBSecurityPolicy-Custom-Unknown', minProtocol: null } },
      { status: 'PASS', resource: { id: 'tcp:9443' }, evidence: { minProtocol: 'TLSv1.3' } },
      { status: 'PASS', resource: { id: 'web:443' }, evidence: { minProtocol: 'TLSv1.2', weakCiphers: false }, srm: { duty: 'data-encryption', serviceModel: 'IaaS' } },
      { status: 'FAIL', resource: { id: 'web:8443' }, evidence: { SslPolicy: 'ELBSecurityPolicy-2016-08', minProtocol: 'TLSv1', weakCiphers: true } },
      { status: 'FAIL', resource: { id: 'web:9443' }, evidence: { minProtocol: 'TLSv1.2', weakCiphers: true } },
    ]);
  });

  it('follows NextMarker pages of load balancers', async () => {
    elbv2.on(DescribeLoadBalancersCommand, { PageSize: 400 }).resolves({ LoadBalancers: [lb('a')], NextMarker: 'm2' });
    elbv2.on(DescribeLoadBalancersCommand, { PageSize: 400, Marker: 'm2' }).resolves({ LoadBalancers: [lb('b')] });
    elbv2.on(DescribeListenersCommand).callsFake((input: { LoadBalancerArn: string }) => ({
      Listeners: [{ ...listener('x', 443, { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }), ListenerArn: `${input.LoadBalancerArn}/l` }],
    }));
    expect((await runCheck(check, { region: REGION })).map((f) => [f.resource.id, f.status])).toEqual([['a:443', 'PASS'], ['b:443', 'PASS']]);
  });

  it('ERROR naming the permission: for the scope when DescribeLoadBalancers is denied, per load balancer for DescribeListeners', async () => {
    elbv2.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticloadbalancing:DescribeLoadBalancers') }]);
    elbv2.reset();
    elbv2.on(DescribeLoadBalancersCommand).resolves({ LoadBalancers: [lb('web')] });
    elbv2.on(DescribeListenersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'ERROR', resource: { id: 'web', type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' }, message: expect.stringContaining('elasticloadbalancing:DescribeListeners') },
    ]);
  });
});
