/** Reading AWS ARNs: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE. */
import type { Trail } from '@aws-sdk/client-cloudtrail';

/**
 * Writes an ARN from its parts: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`. Global resources
 * give region '' (IAM, S3), some give account '' (EBS snapshots, API Gateway). Every ARN a check
 * makes up (for a resource or setting that AWS gives no ARN of its own) goes through here.
 */
export function formatArn(partition: string, service: string, region: string, account: string, resource: string): string {
  return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}

/** The trail's home region: HomeRegion, else the region of its ARN (arn:aws:cloudtrail:REGION:ACCOUNT:trail/NAME). */
export function trailHomeRegion(t: Pick<Trail, 'HomeRegion' | 'TrailARN'>): string {
  return t.HomeRegion || t.TrailARN?.split(':')[3] || '';
}

/** The account that owns the trail (an organization trail seen from a member account: the management account). */
export function trailOwnerAccount(t: Pick<Trail, 'TrailARN'>): string {
  return t.TrailARN?.split(':')[4] ?? '';
}

/** API Gateway resources are ARNs without an account: arn:PARTITION:apigateway:REGION::/restapis/ID. */
export function restApiArn(partition: string, region: string, restApiId: string): string {
  return `arn:${partition}:apigateway:${region}::/restapis/${restApiId}`;
}

export function v2ApiArn(partition: string, region: string, apiId: string): string {
  return `arn:${partition}:apigateway:${region}::/apis/${apiId}`;
}

/** A REST API stage: arn:PARTITION:apigateway:REGION::/restapis/ID/stages/NAME. */
export function restApiStageArn(partition: string, region: string, restApiId: string, stageName: string): string {
  return `${restApiArn(partition, region, restApiId)}/stages/${stageName}`;
}

/** An HTTP or WebSocket API stage: arn:PARTITION:apigateway:REGION::/apis/ID/stages/NAME. */
export function v2ApiStageArn(partition: string, region: string, apiId: string, stageName: string): string {
  return `${v2ApiArn(partition, region, apiId)}/stages/${stageName}`;
}
