import type { GetBucketAclCommandOutput, GetBucketVersioningCommandOutput, LoggingEnabled, ObjectLockConfiguration, OwnershipControls, Tag, PolicyStatus, PublicAccessBlockConfiguration, ServerSideEncryptionConfiguration } from '@aws-sdk/client-s3';
import type { Aws } from '../aws/call.js';
import { InventoryError } from '../aws/errors.js';
import { parsePolicyDocument, type PolicyDocument } from '../lib/iam-policy.js';
import { memo } from './memo.js';

export interface Bucket {
  name: string;
  arn: string;
  region: string;
  creationDate?: Date;
}

/** GetBucketLocation's LocationConstraint → region ('' and null mean us-east-1, 'EU' is legacy eu-west-1). */
export function regionFromLocation(constraint: string | null | undefined): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

const NO_PAB = ['NoSuchPublicAccessBlockConfiguration'];

export function s3Inventory(aws: Aws) {
  const home = aws.globalRegion;
  const partition = aws.partition;

  const bucketLocation = memo(async (name: string): Promise<string> => {
    const out = await aws.send('s3', home, 'GetBucketLocation', { Bucket: name });
    return regionFromLocation(out.LocationConstraint);
  });

  const inv = {
    /** Every bucket of the account with its region (from ListBuckets, or GetBucketLocation where absent). */
    buckets: memo(async (): Promise<Bucket[]> => {
      // The largest page AWS allows: fewer round trips, and moto (which cuts the list at
      // MaxBuckets without a ContinuationToken) still sees up to 10,000 buckets.
      const listed = await aws.paginate('s3', home, 'ListBuckets', (ContinuationToken) => ({ MaxBuckets: 10_000, ...(ContinuationToken ? { ContinuationToken } : {}) }), (o) => ({
        items: o.Buckets,
        next: o.ContinuationToken,
      }));
      return Promise.all(
        listed.map(async (b) => {
          const name = b.Name ?? '';
          const region = b.BucketRegion || (await bucketLocation(name));
          return { name, arn: `arn:${partition}:s3:::${name}`, region, ...(b.CreationDate ? { creationDate: b.CreationDate } : {}) };
        }),
      );
    }),

    /** null: no bucket-level Block Public Access configuration. */
    publicAccessBlock: memo(async (b: Bucket): Promise<PublicAccessBlockConfiguration | null> => {
      const out = await aws.sendOptional('s3', b.region, 'GetPublicAccessBlock', { Bucket: b.name }, NO_PAB);
      return out?.PublicAccessBlockConfiguration ?? null;
    }, (b) => b.name),

    /** The parsed bucket policy; null when the bucket has none. An unparseable document is an error. */
    bucketPolicy: memo(async (b: Bucket): Promise<PolicyDocument | null> => {
      const out = await aws.sendOptional('s3', b.region, 'GetBucketPolicy', { Bucket: b.name }, ['NoSuchBucketPolicy']);
      if (!out?.Policy) return null;
      try {
        return parsePolicyDocument(out.Policy);
      } catch (err) {
        throw new InventoryError({
          kind: 'invalid-data', service: 's3', operation: 'GetBucketPolicy', iamAction: 's3:GetBucketPolicy',
          code: 'InvalidPolicyDocument', message: (err as Error).message, account: aws.account, region: b.region,
        });
      }
    }, (b) => b.name),

    /** S3's own judgement of the policy; null when the bucket has no policy. */
    policyStatus: memo(async (b: Bucket): Promise<PolicyStatus | null> => {
      const out = await aws.sendOptional('s3', b.region, 'GetBucketPolicyStatus', { Bucket: b.name }, ['NoSuchBucketPolicy']);
      return out?.PolicyStatus ?? null;
    }, (b) => b.name),

    acl: memo(async (b: Bucket): Promise<Pick<GetBucketAclCommandOutput, 'Grants' | 'Owner'>> => {
      const out = await aws.send('s3', b.region, 'GetBucketAcl', { Bucket: b.name });
      return { Grants: out.Grants ?? [], ...(out.Owner ? { Owner: out.Owner } : {}) };
    }, (b) => b.name),

    /** null: no default encryption configuration returned (AWS applies SSE-S3 to every bucket since 2023). */
    encryption: memo(async (b: Bucket): Promise<ServerSideEncryptionConfiguration | null> => {
      const out = await aws.sendOptional('s3', b.region, 'GetBucketEncryption', { Bucket: b.name }, ['ServerSideEncryptionConfigurationNotFoundError']);
      return out?.ServerSideEncryptionConfiguration ?? null;
    }, (b) => b.name),

    versioning: memo(async (b: Bucket): Promise<Pick<GetBucketVersioningCommandOutput, 'Status' | 'MFADelete'>> => {
      const out = await aws.send('s3', b.region, 'GetBucketVersioning', { Bucket: b.name });
      return { ...(out.Status ? { Status: out.Status } : {}), ...(out.MFADelete ? { MFADelete: out.MFADelete } : {}) };
    }, (b) => b.name),

    /** null: server access logging is off. */
    logging: memo(async (b: Bucket): Promise<LoggingEnabled | null> => {
      const out = await aws.send('s3', b.region, 'GetBucketLogging', { Bucket: b.name });
      return out.LoggingEnabled ?? null;
    }, (b) => b.name),

    /**
     * The bucket's Object Lock configuration; null when Object Lock was never enabled (S3 answers
     * ObjectLockConfigurationNotFoundError). Default retention may be absent even when enabled.
     */
    objectLock: memo(async (b: Bucket): Promise<ObjectLockConfiguration | null> => {
      const out = await aws.sendOptional('s3', b.region, 'GetObjectLockConfiguration', { Bucket: b.name }, ['ObjectLockConfigurationNotFoundError']);
      return out?.ObjectLockConfiguration ?? null;
    }, (b) => b.name),

    /** The bucket's tags; null when it has none (S3 answers NoSuchTagSet). */
    bucketTags: memo(async (b: Bucket): Promise<Tag[] | null> => {
      const out = await aws.sendOptional('s3', b.region, 'GetBucketTagging', { Bucket: b.name }, ['NoSuchTagSet']);
      return out?.TagSet ?? null;
    }, (b) => b.name),

    /**
     * The bucket's Object Ownership setting; null when none is configured (OwnershipControlsNotFoundError).
     * AWS gives every bucket created since April 2023 BucketOwnerEnforced; an older bucket without the
     * setting has ACLs enabled (ObjectWriter behaviour).
     */
    ownershipControls: memo(async (b: Bucket): Promise<OwnershipControls | null> => {
      const out = await aws.sendOptional('s3', b.region, 'GetBucketOwnershipControls', { Bucket: b.name }, ['OwnershipControlsNotFoundError']);
      return out?.OwnershipControls ?? null;
    }, (b) => b.name),

    /** The account-level Block Public Access (S3 Control); null when never configured. */
    accountPublicAccessBlock: memo(async (): Promise<PublicAccessBlockConfiguration | null> => {
      const out = await aws.sendOptional('s3control', home, 'GetPublicAccessBlock', { AccountId: aws.account }, NO_PAB);
      return out?.PublicAccessBlockConfiguration ?? null;
    }),
  };
  return inv;
}

export type S3Inventory = ReturnType<typeof s3Inventory>;
