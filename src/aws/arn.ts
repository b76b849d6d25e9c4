/** Reading AWS ARNs: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE. */
import type { Trail } from '@aws-sdk/client-cloudtrail';

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
