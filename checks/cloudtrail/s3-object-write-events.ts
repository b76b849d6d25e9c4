import { defineCheck } from '../../src/check/define.js';
import { s3ObjectEventsEvidence } from '../../src/lib/event-selectors.js';
import { accountTrailsRef, trailRef, trailSetVerdict } from '../../src/check/kit/trails.js';

export default defineCheck({
  id: 'cloudtrail.s3-object-write-events',
  title: 'A multi-region trail records S3 object-level write events for all buckets',
  description:
    'Object-level (data) events show who wrote, overwrote or deleted which object: the record an investigation of tampering or ransomware needs. ' +
    'Passes when a multi-region trail has a selector logging AWS::S3::Object write events for all current and future buckets.',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Add a data event selector for S3 objects in all buckets (write or all events) to a multi-region trail. Data events are billed per event.',
    cli: `aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors '[{"ReadWriteType":"WriteOnly","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]'`,
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
  },
  async run({ scope, inventory, result, regions }) {
    const trails = (await inventory.cloudtrail.allTrails(regions)).filter((t) => t.IsMultiRegionTrail);
    const judged = await result.forEach(trails, trailRef, async (t) => {
      const { logged, evidence } = s3ObjectEventsEvidence(await inventory.cloudtrail.eventSelectors(t), 'write', scope.partition);
      return logged ? result.pass(trailRef(t), `Trail ${t.Name} records S3 object write events for all buckets`, evidence) : result.fail(trailRef(t), `Trail ${t.Name} does not record S3 object write events for all buckets`, evidence);
    });
    return [trailSetVerdict(accountTrailsRef(scope), judged, 'records S3 object write events for all buckets', regions)];
  },
});
