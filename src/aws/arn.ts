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
