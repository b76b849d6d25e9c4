import { DescribeListenersCommand, DescribeLoadBalancerAttributesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetWebACLForResourceCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { attrs, lb, listener } from '../checks/elbv2/fixtures.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
const waf = mockClient(WAFV2Client);
beforeEach(() => {
  elbv2.reset();
  waf.reset();
});
const ARN = lb('web').LoadBalancerArn!;

describe('elbv2 inventory', () => {
  it('loadBalancers(region) follows NextMarker with pages of 400, once under concurrent callers, in the region asked', async () => {
    elbv2.on(DescribeLoadBalancersCommand, { PageSize: 400 }).resolves({ LoadBalancers: [lb('a')], NextMarker: 'm1' });
    elbv2.on(DescribeLoadBalancersCommand, { PageSize: 400, Marker: 'm1' }).resolves({ LoadBalancers: [lb('b')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.elbv2.loadBalancers('eu-west-1'), inventory.elbv2.loadBalancers('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((l) => l.LoadBalancerName)).toEqual(['a', 'b']);
    const calls = elbv2.commandCalls(DescribeLoadBalancersCommand);
    expect(calls).toHaveLength(2);
    expect(await (calls[0]!.thisValue as ElasticLoadBalancingV2Client).config.region()).toBe('eu-west-1');
  });

  it('listeners(region, arn) pages per load balancer; attributes(region, arn) returns the Key/Value list', async () => {
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: ARN, PageSize: 400 }).resolves({ Listeners: [listener('web', 80)], NextMarker: 'n' });
    elbv2.on(DescribeListenersCommand, { LoadBalancerArn: ARN, PageSize: 400, Marker: 'n' }).resolves({ Listeners: [listener('web', 443)] });
    elbv2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: ARN }).resolves(attrs({ 'deletion_protection.enabled': 'true' }));
    const { inventory } = createTestInventory();
    expect((await inventory.elbv2.listeners('eu-west-1', ARN)).map((l) => l.Port)).toEqual([80, 443]);
    expect(await inventory.elbv2.attributes('eu-west-1', ARN)).toContainEqual({ Key: 'deletion_protection.enabled', Value: 'true' });
    await inventory.elbv2.attributes('eu-west-1', ARN);
    expect(elbv2.commandCalls(DescribeLoadBalancerAttributesCommand)).toHaveLength(1);
  });

  it('wafv2.webAclForResource: the web ACL; no WebACL in the answer → null', async () => {
    waf.on(GetWebACLForResourceCommand, { ResourceArn: ARN }).resolves({ WebACL: { Name: 'edge', Id: '1', ARN: 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge/1' } as never });
    waf.on(GetWebACLForResourceCommand, { ResourceArn: 'arn:bare' }).resolves({});
    const { inventory } = createTestInventory();
    expect(await inventory.wafv2.webAclForResource('eu-west-1', ARN)).toEqual({ Name: 'edge', ARN: 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge/1' });
    expect(await inventory.wafv2.webAclForResource('eu-west-1', 'arn:bare')).toBeNull();
  });

  it.each([
    ['loadBalancers', DescribeLoadBalancersCommand, 'elasticloadbalancing:DescribeLoadBalancers'],
    ['listeners', DescribeListenersCommand, 'elasticloadbalancing:DescribeListeners'],
    ['attributes', DescribeLoadBalancerAttributesCommand, 'elasticloadbalancing:DescribeLoadBalancerAttributes'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    elbv2.on(Command as typeof DescribeLoadBalancersCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'loadBalancers' ? inventory.elbv2.loadBalancers('us-east-1') : inventory.elbv2[getter]('us-east-1', ARN));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(elbv2.commandCalls(Command as typeof DescribeLoadBalancersCommand)).toHaveLength(1);
  });

  it('wafv2.webAclForResource: denied → InventoryError naming wafv2:GetWebACLForResource, asked once', async () => {
    waf.on(GetWebACLForResourceCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    await expect(inventory.wafv2.webAclForResource('us-east-1', ARN)).rejects.toMatchObject({ kind: 'denied', iamAction: 'wafv2:GetWebACLForResource' });
    await inventory.wafv2.webAclForResource('us-east-1', ARN).catch(() => undefined);
    expect(waf.commandCalls(GetWebACLForResourceCommand)).toHaveLength(1);
  });
});
