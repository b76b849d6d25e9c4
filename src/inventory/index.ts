import type { Aws } from '../aws/call.js';
import { cloudtrailInventory } from './cloudtrail.js';
import { ec2Inventory } from './ec2.js';
import { iamInventory, type IamInventoryOptions } from './iam.js';
import { s3Inventory } from './s3.js';

/**
 * The memoized data sets of one account. Global data sets (IAM, the S3 bucket list) are fetched
 * once per account; regional getters take the region and are memoized per region.
 */
export function createInventory(aws: Aws, opts: { iam?: IamInventoryOptions } = {}) {
  return {
    account: aws.account,
    partition: aws.partition,
    iam: iamInventory(aws, opts.iam),
    s3: s3Inventory(aws),
    ec2: ec2Inventory(aws),
    cloudtrail: cloudtrailInventory(aws),
  };
}

export type Inventory = ReturnType<typeof createInventory>;
