/**
 * Resource references for EC2 things, built in one place so the same resource always gets the
 * same ARN (and so the same finding id) whichever check reports it.
 */
import type { ResourceRef, ScanScope } from '../define.js';

/** `arn:<partition>:ec2:<region>:<account>:<kind>/<id>`: the shape of every account-owned EC2 resource ARN. */
function ec2Ref(scope: ScanScope, kind: string, id: string): ResourceRef {
  return { arn: `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:${kind}/${id}`, id };
}

/** `arn:<partition>:ec2:<region>:<account>:instance/<id>` */
export function instanceRef(scope: ScanScope, instanceId: string): ResourceRef {
  return ec2Ref(scope, 'instance', instanceId);
}

/** `arn:<partition>:ec2:<region>:<account>:volume/<id>` */
export function volumeRef(scope: ScanScope, volumeId: string): ResourceRef {
  return ec2Ref(scope, 'volume', volumeId);
}

/** `arn:<partition>:ec2:<region>:<account>:security-group/<id>` */
export function securityGroupRef(scope: ScanScope, groupId: string): ResourceRef {
  return ec2Ref(scope, 'security-group', groupId);
}

/** `arn:<partition>:ec2:<region>:<account>:network-acl/<id>` */
export function networkAclRef(scope: ScanScope, aclId: string): ResourceRef {
  return ec2Ref(scope, 'network-acl', aclId);
}

/** `arn:<partition>:ec2:<region>:<account>:vpc/<id>` */
export function vpcRef(scope: ScanScope, vpcId: string): ResourceRef {
  return ec2Ref(scope, 'vpc', vpcId);
}

/** `arn:<partition>:ec2:<region>:<account>:launch-template/<id>` */
export function launchTemplateRef(scope: ScanScope, templateId: string): ResourceRef {
  return ec2Ref(scope, 'launch-template', templateId);
}

/** `arn:<partition>:ec2:<region>::snapshot/<id>`: EBS snapshot ARNs carry no account. */
export function snapshotRef(scope: ScanScope, snapshotId: string): ResourceRef {
  return { arn: `arn:${scope.partition}:ec2:${scope.region}::snapshot/${snapshotId}`, id: snapshotId };
}

/**
 * A regional, account-level EC2 setting (EBS encryption by default, instance metadata defaults):
 * `arn:<partition>:ec2:<region>:<account>:<setting>`, id `<account>/<region>`.
 */
export function ec2RegionSettingRef(scope: ScanScope, setting: string): ResourceRef {
  return { arn: `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:${setting}`, id: `${scope.account}/${scope.region}` };
}
