/**
 * The data-residency family: "<resources> reside in the allowed regions". One factory for every
 * *-in-allowed-region check; each resident kind (what is listed, how it is named, how it is moved)
 * is a row of RESIDENT_KINDS, and each check id keeps its own three-line module.
 */
import { defineCheck, type AwsService, type Check, type CheckContext, type CheckMeta, type CheckResult, type ResourceRef, type ResultBuilder } from '../define.js';
import type { Severity } from '../../srm/severity.js';
import type { JsonObject } from '../../util/json.js';
import { instanceRef, volumeRef } from './ec2-refs.js';
import { kmsKeyRef } from './kms-refs.js';

export interface Resident {
  ref: ResourceRef;
  /** How messages name it: "Volume vol-1", "Function orders". */
  label: string;
  region: string;
  evidence?: JsonObject;
}

/**
 * The data-residency verdict shared by every *-in-allowed-region check: PASS inside the configured
 * allowedRegions, FAIL outside. No allowedRegions configured: nothing is judged (no finding).
 */
export function residencyVerdicts(result: ResultBuilder, allowedRegions: readonly string[], items: readonly Resident[]): CheckResult[] {
  if (!allowedRegions.length) return [];
  return items.map(({ ref, label, region, evidence }) => {
    const ev = { region, allowedRegions: [...allowedRegions], ...(evidence ?? {}) };
    return allowedRegions.includes(region)
      ? result.pass(ref, `${label} is in ${region}, an allowed region`, ev)
      : result.fail(ref, `${label} is in ${region}, outside the allowed regions`, ev);
  });
}

type KindMeta = Pick<CheckMeta, 'title' | 'description' | 'service' | 'resourceType' | 'serviceModel' | 'scope' | 'remediation'>;
interface ResidentKind extends KindMeta {
  /** The resources of the scope (the bucket list for the global S3 check). */
  residents(ctx: CheckContext): Promise<Resident[]>;
}

const NOT_CONFIGURED = 'Without allowedRegions in the configuration the check reports nothing.';
const SCP_URL = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html';

export const RESIDENT_KINDS = {
  'ec2-instance': {
    title: 'EC2 instances run in the allowed regions',
    description:
      'An instance processes and caches data where it runs. One outside the configured allowedRegions processes data where it may not be ' +
      `(and is often a forgotten or unauthorised workload). ${NOT_CONFIGURED}`,
    service: 'ec2',
    resourceType: 'AWS::EC2::Instance',
    serviceModel: 'IaaS',
    scope: 'regional',
    remediation: {
      text: 'Move the workload to an allowed region (create an AMI, copy it, relaunch) and terminate the instance; restrict regions with an SCP on aws:RequestedRegion.',
      cli: 'aws ec2 copy-image --source-region <region> --source-image-id <ami-id> --region <allowed-region> --name <name>',
      url: SCP_URL,
    },
    residents: async ({ scope, inventory }) =>
      (await inventory.ec2.instances(scope.region)).map((i) => ({
        ref: instanceRef(scope, i.InstanceId!), label: `Instance ${i.InstanceId}`, region: scope.region, evidence: { State: i.State?.Name ?? null },
      })),
  },
  'ebs-volume': {
    title: 'EBS volumes reside in the allowed regions',
    description:
      'Data residency rules name where data may be stored; an EBS volume holds its data in its region. A volume outside the configured ' +
      `allowedRegions stores data where it may not be. ${NOT_CONFIGURED}`,
    service: 'ec2',
    resourceType: 'AWS::EC2::Volume',
    serviceModel: 'IaaS',
    scope: 'regional',
    remediation: {
      text: 'Snapshot the volume, copy the snapshot to an allowed region, recreate the volume there and delete the original and its snapshots.',
      cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --region <allowed-region> --encrypted',
      url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html',
    },
    residents: async ({ scope, inventory }) =>
      (await inventory.ec2.volumes(scope.region)).map((v) => ({
        ref: volumeRef(scope, v.VolumeId!), label: `Volume ${v.VolumeId}`, region: scope.region, evidence: { Size: v.Size ?? null },
      })),
  },
  's3-bucket': {
    title: 'S3 buckets reside in the allowed regions',
    description:
      'Data residency rules (contracts, GDPR transfers, sector regulation) name where data may be stored. A bucket outside the configured ' +
      `allowedRegions holds data where it may not be. ${NOT_CONFIGURED}`,
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    serviceModel: 'SaaS',
    scope: 'global',
    remediation: {
      text: 'Move the data to a bucket in an allowed region (S3 Batch Replication or a copy), then delete the bucket; prevent new ones with an SCP on aws:RequestedRegion.',
      cli: 'aws s3 sync s3://<bucket> s3://<bucket-in-allowed-region> --source-region <region> --region <allowed-region>',
      url: SCP_URL,
    },
    residents: async ({ inventory }) =>
      (await inventory.s3.buckets()).map((b) => ({ ref: { arn: b.arn, id: b.name }, label: `Bucket ${b.name}`, region: b.region })),
  },
  'lambda-function': {
    title: 'Lambda functions reside in the allowed regions',
    description:
      'A function\'s code, environment variables and the data it processes live in its region. A function outside the configured ' +
      `allowedRegions stores and processes data where it may not. ${NOT_CONFIGURED}`,
    service: 'lambda',
    resourceType: 'AWS::Lambda::Function',
    serviceModel: 'FaaS',
    scope: 'regional',
    remediation: {
      text: 'Redeploy the function (and its event sources) in an allowed region, then delete the original.',
      cli: 'aws lambda delete-function --function-name <function> --region <region>',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/security-dataprotection.html',
    },
    residents: async ({ scope, inventory }) =>
      (await inventory.lambda.functions(scope.region)).map((f) => ({ ref: { arn: f.FunctionArn!, id: f.FunctionName! }, label: `Function ${f.FunctionName}`, region: scope.region })),
  },
  'kms-key': {
    title: 'KMS keys reside in the allowed regions',
    description:
      'A KMS key is regional and encrypts data in its own region; a key outside the configured allowedRegions, whether customer or AWS ' +
      `managed, shows that data was encrypted (and so stored) there. ${NOT_CONFIGURED}`,
    service: 'kms',
    resourceType: 'AWS::KMS::Key',
    serviceModel: 'SaaS',
    scope: 'regional',
    remediation: {
      text: 'Move the data the key protects to an allowed region, then schedule the key for deletion.',
      cli: 'aws kms schedule-key-deletion --key-id <key-id> --pending-window-in-days 30 --region <region>',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
    },
    residents: async ({ scope, inventory }) =>
      (await inventory.kms.keys(scope.region)).map((k) => ({ ref: kmsKeyRef(scope, k), label: `Key ${k.KeyId}`, region: scope.region })),
  },
} satisfies Record<string, ResidentKind>;

export type ResidentKindId = keyof typeof RESIDENT_KINDS;
type ResidencyOptions = { allowedRegions: string[] };

/** A data-residency check: metadata from the resident kind, verdicts from residencyVerdicts. */
export function residencyCheck(spec: { id: `${AwsService}.${string}-in-allowed-region`; resident: ResidentKindId; severity: Severity }): Check<ResidencyOptions> {
  const { residents, ...meta } = RESIDENT_KINDS[spec.resident] as ResidentKind;
  return defineCheck({
    id: spec.id,
    title: meta.title,
    description: meta.description,
    service: meta.service,
    resourceType: meta.resourceType,
    severity: spec.severity,
    duty: 'data-residency',
    serviceModel: meta.serviceModel,
    scope: meta.scope,
    remediation: meta.remediation,
    options: { allowedRegions: [] as string[] },
    async run(ctx) {
      if (!ctx.options.allowedRegions.length) return []; // not configured: nothing to judge against
      return residencyVerdicts(ctx.result, ctx.options.allowedRegions, await residents(ctx));
    },
  });
}
