import { DescribeLoadBalancerPoliciesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/elb/listener-tls-policy-current.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { LEGACY, REGION, TLS12, arn, clb, sslPolicy } from './fixtures.js';

const elb = mockClient(ElasticLoadBalancingClient);
beforeEach(() => elb.reset());

describe('elb.listener-tls-policy-current', () => {
  it('PASS for TLS-1-2-2017-01 and a custom TLS 1.2 policy; FAIL for 2016-08, a custom policy keeping TLS 1.0 or SHA-1 suites, or no policy (AWS default)', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancerDescriptions: [
        clb('modern', [{ Protocol: 'HTTPS', LoadBalancerPort: 443, PolicyNames: ['tls12', 'stickiness'] }, { Protocol: 'SSL', LoadBalancerPort: 8443, PolicyNames: ['custom12'] }]),
        clb('legacy', [{ Protocol: 'HTTPS', LoadBalancerPort: 443, PolicyNames: ['old'] }]),
        clb('sha1', [{ Protocol: 'HTTPS', LoadBalancerPort: 443, PolicyNames: ['custom-sha1'] }]),
        clb('bare', [{ Protocol: 'HTTPS', LoadBalancerPort: 443 }]),
        clb('plain', [{ Protocol: 'HTTP', LoadBalancerPort: 80 }]),
      ],
    });
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'modern' }).resolves({
      PolicyDescriptions: [
        sslPolicy('tls12', 'ELBSecurityPolicy-TLS-1-2-2017-01', TLS12),
        sslPolicy('custom12', null, TLS12),
        { PolicyName: 'stickiness', PolicyTypeName: 'LBCookieStickinessPolicyType', PolicyAttributeDescriptions: [{ AttributeName: 'CookieExpirationPeriod', AttributeValue: '60' }] },
      ],
    });
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'legacy' }).resolves({ PolicyDescriptions: [sslPolicy('old', 'ELBSecurityPolicy-2016-08', LEGACY)] });
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'sha1' }).resolves({ PolicyDescriptions: [sslPolicy('custom-sha1', null, { ...TLS12, 'AES128-SHA': true })] });
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'bare' }).resolves({ PolicyDescriptions: [] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'FAIL', resource: { id: 'bare', arn: arn('bare') }, evidence: { listeners: [{ LoadBalancerPort: 443, PolicyName: null, ReferenceSecurityPolicy: 'ELBSecurityPolicy-2016-08 (AWS default)', minProtocol: 'TLSv1', current: false }] } },
      { status: 'FAIL', resource: { id: 'legacy' }, evidence: { listeners: [{ ReferenceSecurityPolicy: 'ELBSecurityPolicy-2016-08', minProtocol: 'TLSv1', weakCiphers: ['ECDHE-RSA-AES128-SHA', 'AES128-SHA'] }] } },
      {
        status: 'PASS',
        resource: { id: 'modern', type: 'AWS::ElasticLoadBalancing::LoadBalancer' },
        evidence: { listeners: [{ PolicyName: 'tls12', minProtocol: 'TLSv1.2', current: true }, { Protocol: 'SSL', PolicyName: 'custom12', ReferenceSecurityPolicy: null, current: true }] },
        srm: { duty: 'data-encryption', serviceModel: 'IaaS' },
      },
      { status: 'FAIL', resource: { id: 'sha1' }, evidence: { listeners: [{ minProtocol: 'TLSv1.2', weakCiphers: ['AES128-SHA'], current: false }] } },
    ]);
    expect(elb.commandCalls(DescribeLoadBalancerPoliciesCommand).map((c) => c.args[0].input.LoadBalancerName).sort()).toEqual(['bare', 'legacy', 'modern', 'sha1']);
  });

  it('a policy described only by Reference-Security-Policy (emulators) is judged by that policy\'s row', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancerDescriptions: [clb('a', [{ Protocol: 'HTTPS', LoadBalancerPort: 443, PolicyNames: ['p'] }]), clb('b', [{ Protocol: 'HTTPS', LoadBalancerPort: 443, PolicyNames: ['p'] }])] });
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'a' }).resolves({ PolicyDescriptions: [sslPolicy('p', 'ELBSecurityPolicy-TLS-1-2-2017-01', {})] });
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'b' }).resolves({ PolicyDescriptions: [sslPolicy('p', 'ELBSecurityPolicy-TLS-1-1-2017-01', {})] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'PASS', resource: { id: 'a' }, evidence: { listeners: [{ minProtocol: 'TLSv1.2' }] } },
      { status: 'FAIL', resource: { id: 'b' }, evidence: { listeners: [{ minProtocol: 'TLSv1.1' }] } },
    ]);
  });

  it('ERROR naming the permission when DescribeLoadBalancerPolicies is denied', async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({ LoadBalancerDescriptions: [clb('a', [{ Protocol: 'HTTPS', LoadBalancerPort: 443, PolicyNames: ['p'] }])] });
    elb.on(DescribeLoadBalancerPoliciesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('elasticloadbalancing:DescribeLoadBalancerPolicies') }]);
  });
});
