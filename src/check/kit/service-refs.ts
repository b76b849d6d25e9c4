/**
 * Resource references for Athena, Glue, Cognito, Route 53 and EMR, built from what the list call
 * gives (a name, an id), so that a resource whose details could not be read still gets its ARN,
 * and so the same finding id, whichever check reports it.
 */
import type { ResourceRef, ScanScope } from '../define.js';

type Scope = Pick<ScanScope, 'partition' | 'region' | 'account'>;

/** `arn:<partition>:athena:<region>:<account>:workgroup/<name>` */
export function workGroupRef(scope: Scope, name: string): ResourceRef {
  return { arn: `arn:${scope.partition}:athena:${scope.region}:${scope.account}:workgroup/${name}`, id: name };
}

/** `arn:<partition>:glue:<region>:<account>:catalog`: the account's one Data Catalog of the region. */
export function dataCatalogRef(scope: Scope): ResourceRef {
  return { arn: `arn:${scope.partition}:glue:${scope.region}:${scope.account}:catalog`, id: `${scope.account}/${scope.region}` };
}

/** `arn:<partition>:cognito-idp:<region>:<account>:userpool/<id>` */
export function userPoolRef(scope: Scope, userPoolId: string): ResourceRef {
  return { arn: `arn:${scope.partition}:cognito-idp:${scope.region}:${scope.account}:userpool/${userPoolId}`, id: userPoolId };
}

/** `arn:<partition>:route53:::hostedzone/<id>` from the "/hostedzone/<id>" ListHostedZones gives. */
export function hostedZoneRef(scope: Pick<ScanScope, 'partition'>, hostedZoneId: string): ResourceRef {
  const id = hostedZoneId.replace(/^\/hostedzone\//, '');
  return { arn: `arn:${scope.partition}:route53:::hostedzone/${id}`, id };
}

/**
 * EMR block public access is a setting of the account and region, not an ARN-addressable
 * resource: a stable pseudo-ARN per region, as for the EC2 account settings.
 */
export function emrBlockPublicAccessRef(scope: Scope): ResourceRef {
  return { arn: `arn:${scope.partition}:elasticmapreduce:${scope.region}:${scope.account}:block-public-access-configuration`, id: `${scope.account}/${scope.region}` };
}
