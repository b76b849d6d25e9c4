import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACMClient, ImportCertificateCommand, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { CloudFrontClient, CreateDistributionCommand, type DistributionConfig } from '@aws-sdk/client-cloudfront';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand as CreateClassicCommand,
  CreateLoadBalancerPolicyCommand,
  ElasticLoadBalancingClient,
  ModifyLoadBalancerAttributesCommand as ModifyClassicAttributesCommand,
  SetLoadBalancerPoliciesOfListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { AssociateWebACLCommand, CreateWebACLCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { beforeAll, describe, expect, it } from 'vitest';
import acmKey from '../../../checks/acm/certificate-key-strong.js';
import acmExpiry from '../../../checks/acm/certificate-not-expiring.js';
import cfOrigin from '../../../checks/cloudfront/origin-https-only.js';
import cfS3Access from '../../../checks/cloudfront/s3-origin-access-configured.js';
import cfLogging from '../../../checks/cloudfront/standard-logging-enabled.js';
import cfViewer from '../../../checks/cloudfront/viewer-https-only.js';
import cfTls from '../../../checks/cloudfront/viewer-tls-1-2-minimum.js';
import cfWaf from '../../../checks/cloudfront/waf-enabled.js';
import elbLogs from '../../../checks/elb/access-logs-enabled.js';
import elbTls from '../../../checks/elb/listener-tls-policy-current.js';
import elbEncrypted from '../../../checks/elb/listeners-encrypted.js';
import albLogs from '../../../checks/elbv2/access-logs-enabled.js';
import albDeletion from '../../../checks/elbv2/deletion-protection-enabled.js';
import albHeaders from '../../../checks/elbv2/drops-invalid-header-fields.js';
import albRedirect from '../../../checks/elbv2/http-redirects-to-https.js';
import albWaf from '../../../checks/elbv2/internet-facing-alb-waf-associated.js';
import albTls from '../../../checks/elbv2/listener-tls-policy-current.js';
import type { Check } from '../../../src/check/define.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '320000000001';
const REGION = 'eu-west-1';

/** A self-signed certificate valid for `days` (moto refuses to import expired ones, so no fixed PEM can be kept in the repo). */
function selfSigned(cn: string, bits: number, days: number): { Certificate: Uint8Array; PrivateKey: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'srm-edge-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', `rsa:${bits}`, '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', String(days), '-subj', `/CN=${cn}`], { stdio: 'ignore' });
  return { Certificate: readFileSync(join(dir, 'c.pem')), PrivateKey: readFileSync(join(dir, 'k.pem')) };
}

const ids: Record<string, string> = {};
const byId = (findings: { resource: { id: string }; status: string }[]) => Object.fromEntries(findings.map((f) => [f.resource.id, f.status]));

beforeAll(async () => {
  const acm = seedClient(ACMClient, ACCOUNT, REGION);
  const soon = (await acm.send(new ImportCertificateCommand(selfSigned('shop.example.com', 2048, 20)))).CertificateArn!;
  const year = (await acm.send(new ImportCertificateCommand(selfSigned('legacy.example.com', 2048, 400)))).CertificateArn!;
  const weak = (await acm.send(new ImportCertificateCommand(selfSigned('old.example.com', 1024, 400)))).CertificateArn!;
  const pending = (await acm.send(new RequestCertificateCommand({ DomainName: 'new.example.com', ValidationMethod: 'DNS' }))).CertificateArn!;
  Object.assign(ids, { soon, year, weak, pending });

  const ec2 = seedClient(EC2Client, ACCOUNT, REGION);
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc!.VpcId!;
  const subnets = [
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.20.1.0/24', AvailabilityZone: `${REGION}a` }))).Subnet!.SubnetId!,
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.20.2.0/24', AvailabilityZone: `${REGION}b` }))).Subnet!.SubnetId!,
  ];
  await seedClient(S3Client, ACCOUNT, REGION).send(new CreateBucketCommand({ Bucket: 'edge-elb-logs-320000000001', CreateBucketConfiguration: { LocationConstraint: REGION } }));

  const elbv2 = seedClient(ElasticLoadBalancingV2Client, ACCOUNT, REGION);
  const tg = (await elbv2.send(new CreateTargetGroupCommand({ Name: 'web', Protocol: 'HTTP', Port: 80, VpcId: vpc }))).TargetGroups![0]!.TargetGroupArn!;
  const forward = [{ Type: 'forward' as const, TargetGroupArn: tg }];
  const shop = (await elbv2.send(new CreateLoadBalancerCommand({ Name: 'shop', Subnets: subnets, Scheme: 'internet-facing', Type: 'application' }))).LoadBalancers![0]!.LoadBalancerArn!;
  await elbv2.send(new ModifyLoadBalancerAttributesCommand({
    LoadBalancerArn: shop,
    Attributes: [
      { Key: 'deletion_protection.enabled', Value: 'true' },
      { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
      { Key: 'access_logs.s3.enabled', Value: 'true' },
      { Key: 'access_logs.s3.bucket', Value: 'edge-elb-logs-320000000001' },
    ],
  }));
  await elbv2.send(new CreateListenerCommand({ LoadBalancerArn: shop, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }] }));
  await elbv2.send(new CreateListenerCommand({ LoadBalancerArn: shop, Protocol: 'HTTPS', Port: 443, SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', Certificates: [{ CertificateArn: soon }], DefaultActions: forward }));
  // Never-set attributes: moto leaves them out of DescribeLoadBalancerAttributes; read as AWS's defaults.
  const legacy = (await elbv2.send(new CreateLoadBalancerCommand({ Name: 'legacy', Subnets: subnets, Scheme: 'internet-facing', Type: 'application' }))).LoadBalancers![0]!.LoadBalancerArn!;
  await elbv2.send(new CreateListenerCommand({ LoadBalancerArn: legacy, Protocol: 'HTTP', Port: 80, DefaultActions: forward }));
  await elbv2.send(new CreateListenerCommand({ LoadBalancerArn: legacy, Protocol: 'HTTPS', Port: 443, SslPolicy: 'ELBSecurityPolicy-2016-08', Certificates: [{ CertificateArn: year }], DefaultActions: forward }));
  await elbv2.send(new CreateLoadBalancerCommand({ Name: 'inner', Subnets: subnets, Scheme: 'internal', Type: 'application' }));

  const waf = seedClient(WAFV2Client, ACCOUNT, REGION);
  const acl = (await waf.send(new CreateWebACLCommand({ Name: 'edge', Scope: 'REGIONAL', DefaultAction: { Allow: {} }, VisibilityConfig: { SampledRequestsEnabled: false, CloudWatchMetricsEnabled: false, MetricName: 'edge' } }))).Summary!.ARN!;
  await waf.send(new AssociateWebACLCommand({ WebACLArn: acl, ResourceArn: shop }));

  const elb = seedClient(ElasticLoadBalancingClient, ACCOUNT, REGION);
  await elb.send(new CreateClassicCommand({ LoadBalancerName: 'classic-modern', AvailabilityZones: [`${REGION}a`], Listeners: [{ Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: year }] }));
  await elb.send(new CreateLoadBalancerPolicyCommand({ LoadBalancerName: 'classic-modern', PolicyName: 'tls12', PolicyTypeName: 'SSLNegotiationPolicyType', PolicyAttributes: [{ AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] }));
  await elb.send(new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: 'classic-modern', LoadBalancerPort: 443, PolicyNames: ['tls12'] }));
  await elb.send(new ModifyClassicAttributesCommand({ LoadBalancerName: 'classic-modern', LoadBalancerAttributes: { AccessLog: { Enabled: true, S3BucketName: 'edge-elb-logs-320000000001', EmitInterval: 60 } } }));
  await elb.send(new CreateClassicCommand({ LoadBalancerName: 'classic-legacy', AvailabilityZones: [`${REGION}a`], Listeners: [{ Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: year }, { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }] }));

  const cf = seedClient(CloudFrontClient, ACCOUNT, 'us-east-1');
  const base = (ref: string): DistributionConfig => ({
    CallerReference: ref,
    Comment: ref,
    Enabled: true,
    Origins: { Quantity: 0, Items: [] },
    DefaultCacheBehavior: { TargetOriginId: '', ViewerProtocolPolicy: 'allow-all', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
  });
  ids.secure = (await cf.send(new CreateDistributionCommand({
    DistributionConfig: {
      ...base('secure'),
      Origins: { Quantity: 1, Items: [{ Id: 'alb', DomainName: 'shop.example.com', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' } }] },
      DefaultCacheBehavior: { TargetOriginId: 'alb', ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
      ViewerCertificate: { ACMCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/edge`, SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' },
      Logging: { Enabled: true, IncludeCookies: false, Bucket: 'edge-cf-logs.s3.amazonaws.com', Prefix: 'secure/' },
      WebACLId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/1`,
    },
  }))).Distribution!.Id!;
  // moto drops S3OriginConfig and OriginAccessControlId on create: an S3 origin can only be seeded without access control.
  ids.open = (await cf.send(new CreateDistributionCommand({
    DistributionConfig: {
      ...base('open'),
      Origins: {
        Quantity: 2,
        Items: [
          { Id: 'assets', DomainName: 'edge-assets.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } },
          { Id: 'site', DomainName: 'edge-site.s3-website-eu-west-1.amazonaws.com', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'http-only' } },
        ],
      },
      DefaultCacheBehavior: { TargetOriginId: 'assets', ViewerProtocolPolicy: 'allow-all', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
      CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/site/*', TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' }] },
      ViewerCertificate: { CloudFrontDefaultCertificate: true },
    },
  }))).Distribution!.Id!;
});

describe('load balancing and edge against moto', () => {
  const statuses = async (check: Check<never> | Check, inventory = motoInventory(ACCOUNT).inventory, region = REGION) => byId(await runCheck(check, { region, inventory, account: ACCOUNT }));

  it('ELBv2: listener TLS policies and HTTP redirects, each listener judged once; every operation called once per input', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(albTls, inventory)).toEqual({ 'shop:443': 'PASS', 'legacy:443': 'FAIL' });
    expect(await statuses(albRedirect, inventory)).toEqual({ 'shop:80': 'PASS', 'legacy:80': 'FAIL' });
    expect(stats.byOperation.get('elbv2:DescribeLoadBalancers')).toBe(1);
    expect(stats.byOperation.get('elbv2:DescribeListeners')).toBe(3);
    expect(stats.repeated.size).toBe(0);
  });

  it('ELBv2: attributes (missing keys read as AWS defaults) and WAF on internet-facing ALBs', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(albLogs, inventory)).toEqual({ shop: 'PASS', legacy: 'FAIL', inner: 'FAIL' });
    expect(await statuses(albDeletion, inventory)).toEqual({ shop: 'PASS', legacy: 'FAIL', inner: 'FAIL' });
    expect(await statuses(albHeaders, inventory)).toEqual({ shop: 'PASS', legacy: 'FAIL', inner: 'FAIL' });
    expect(await statuses(albWaf, inventory)).toEqual({ shop: 'PASS', legacy: 'FAIL' });
    const legacy = (await runCheck(albHeaders, { region: REGION, inventory, account: ACCOUNT })).find((f) => f.resource.id === 'legacy');
    expect(legacy?.evidence).toMatchObject({ attributeReported: false });
    expect(stats.byOperation.get('elbv2:DescribeLoadBalancerAttributes')).toBe(3);
    expect(stats.byOperation.get('wafv2:GetWebACLForResource')).toBe(2);
  });

  it('Classic ELB: TLS policy by Reference-Security-Policy, plain listeners, access logs', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await statuses(elbTls, inventory)).toEqual({ 'classic-modern': 'PASS', 'classic-legacy': 'FAIL' });
    expect(await statuses(elbEncrypted, inventory)).toEqual({ 'classic-modern': 'PASS', 'classic-legacy': 'FAIL' });
    expect(await statuses(elbLogs, inventory)).toEqual({ 'classic-modern': 'PASS', 'classic-legacy': 'FAIL' });
  });

  it('CloudFront: one GetDistributionConfig per distribution shared by six checks', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const run = (check: Check<never> | Check) => statuses(check, inventory, 'global');
    expect(await run(cfViewer)).toEqual({ [ids.secure!]: 'PASS', [ids.open!]: 'FAIL' });
    expect(await run(cfOrigin)).toEqual({ [ids.secure!]: 'PASS', [ids.open!]: 'FAIL' });
    // moto reports CloudFrontDefaultCertificate true even beside an ACMCertificateArn; AWS makes the sources exclusive.
    expect(await run(cfTls)).toEqual({ [ids.secure!]: 'PASS', [ids.open!]: 'FAIL' });
    // The PASS path (OriginAccessControlId set) cannot be seeded in moto: unit tests cover it.
    expect(await run(cfS3Access)).toEqual({ [ids.secure!]: 'PASS', [ids.open!]: 'FAIL' });
    expect(await run(cfWaf)).toEqual({ [ids.secure!]: 'PASS', [ids.open!]: 'FAIL' });
    expect(await run(cfLogging)).toEqual({ [ids.secure!]: 'PASS', [ids.open!]: 'FAIL' });
    expect(stats.byOperation.get('cloudfront:ListDistributions')).toBe(1);
    expect(stats.byOperation.get('cloudfront:GetDistributionConfig')).toBe(2);
  });

  it('ACM: expiry of certificates in use and key strength', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const short = (arn: string) => arn.split('/').pop()!;
    // The pending certificate (moto never validates requested ones) is not judged for expiry.
    expect(await statuses(acmExpiry, inventory)).toEqual({ [short(ids.soon!)]: 'FAIL', [short(ids.year!)]: 'PASS', [short(ids.weak!)]: 'PASS' });
    expect(await statuses(acmKey, inventory)).toEqual({ [short(ids.soon!)]: 'PASS', [short(ids.year!)]: 'PASS', [short(ids.weak!)]: 'FAIL', [short(ids.pending!)]: 'PASS' });
    expect(stats.byOperation.get('acm:ListCertificates')).toBe(1);
    expect(stats.repeated.size).toBe(0);
  });
});
