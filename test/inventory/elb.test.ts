import { DescribeLoadBalancerAttributesCommand, DescribeLoadBalancerPoliciesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { TLS12, clb, sslPolicy } from '../checks/elb/fixtures.js';

const elb = mockClient(ElasticLoadBalancingClient);
beforeEach(() => elb.reset());

describe('elb (classic) inventory', () => {
  it('loadBalancers(region) follows NextMarker with pages of 400, once under concurrent callers', async () => {
    elb.on(DescribeLoadBalancersCommand, { PageSize: 400 }).resolves({ LoadBalancerDescriptions: [clb('a', [])], NextMarker: 'm' });
    elb.on(DescribeLoadBalancersCommand, { PageSize: 400, Marker: 'm' }).resolves({ LoadBalancerDescriptions: [clb('b', [])] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.elb.loadBalancers('eu-west-1'), inventory.elb.loadBalancers('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((l) => l.LoadBalancerName)).toEqual(['a', 'b']);
    expect(elb.commandCalls(DescribeLoadBalancersCommand)).toHaveLength(2);
  });

  it('attributes and policies per load balancer; an answer without attributes is invalid data naming the action', async () => {
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'a' }).resolves({ LoadBalancerAttributes: { AccessLog: { Enabled: true, S3BucketName: 'logs' } } });
    elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'odd' }).resolves({});
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'a' }).resolves({ PolicyDescriptions: [sslPolicy('tls12', 'ELBSecurityPolicy-TLS-1-2-2017-01', TLS12)] });
    const { inventory } = createTestInventory();
    expect(await inventory.elb.attributes('eu-west-1', 'a')).toMatchObject({ AccessLog: { Enabled: true } });
    await expect(inventory.elb.attributes('eu-west-1', 'odd')).rejects.toMatchObject({ kind: 'invalid-data', iamAction: 'elasticloadbalancing:DescribeLoadBalancerAttributes' });
    expect((await inventory.elb.policies('eu-west-1', 'a')).map((p) => p.PolicyName)).toEqual(['tls12']);
  });

  it.each([
    ['loadBalancers', DescribeLoadBalancersCommand, 'elasticloadbalancing:DescribeLoadBalancers'],
    ['attributes', DescribeLoadBalancerAttributesCommand, 'elasticloadbalancing:DescribeLoadBalancerAttributes'],
    ['policies', DescribeLoadBalancerPoliciesCommand, 'elasticloadbalancing:DescribeLoadBalancerPolicies'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    elb.on(Command as typeof DescribeLoadBalancersCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'loadBalancers' ? inventory.elb.loadBalancers('us-east-1') : inventory.elb[getter]('us-east-1', 'a'));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(elb.commandCalls(Command as typeof DescribeLoadBalancersCommand)).toHaveLength(1);
  });
});
