/**
 * CIS 3.8 / 3.9: "object-level logging for read (write) events is enabled for all S3 buckets".
 * One factory for both checks; they differ only in the access type the data event selector logs.
 */
import { defineCheck, type Check } from '../define.js';
import { s3ObjectEventsEvidence } from '../../lib/event-selectors.js';
import { accountTrailsRef, trailRef, trailSetVerdict } from './trails.js';

const ACCESS = {
  read: {
    readWriteType: 'ReadOnly',
    why: 'Object-level (data) events show who read which object: the record a data-exfiltration investigation needs. ',
  },
  write: {
    readWriteType: 'WriteOnly',
    why: 'Object-level (data) events show who wrote, overwrote or deleted which object: the record an investigation of tampering or ransomware needs. ',
  },
} as const;

/** A cloudtrail.s3-object-<access>-events check: account-level verdict over the multi-region trails. */
export function s3ObjectEventsCheck<A extends keyof typeof ACCESS>(spec: { id: `cloudtrail.s3-object-${A}-events`; access: A }): Check {
  const { access } = spec;
  const { readWriteType, why } = ACCESS[access];
  const logs = `records S3 object ${access} events for all buckets`;
  return defineCheck({
    id: spec.id,
    title: `A multi-region trail records S3 object-level ${access} events for all buckets`,
    description: `${why}Passes when a multi-region trail has a selector logging AWS::S3::Object ${access} events for all current and future buckets.`,
    service: 'cloudtrail',
    resourceType: 'AWS::CloudTrail::Trail',
    severity: 'medium',
    duty: 'logging',
    serviceModel: 'SaaS',
    scope: 'global',
    remediation: {
      text: `Add a data event selector for S3 objects in all buckets (${access} or all events) to a multi-region trail. Data events are billed per event.`,
      cli: `aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors '[{"ReadWriteType":"${readWriteType}","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]'`,
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
    },
    async run({ scope, inventory, result, regions }) {
      const trails = (await inventory.cloudtrail.allTrails(regions)).filter((t) => t.IsMultiRegionTrail);
      const judged = await result.forEach(trails, trailRef, async (t) => {
        const { logged, evidence } = s3ObjectEventsEvidence(await inventory.cloudtrail.eventSelectors(t), access, scope.partition);
        return logged ? result.pass(trailRef(t), `Trail ${t.Name} ${logs}`, evidence) : result.fail(trailRef(t), `Trail ${t.Name} does not ${logs.replace(/^records/, 'record')}`, evidence);
      });
      return [trailSetVerdict(accountTrailsRef(scope), judged, logs, regions)];
    },
  });
}
