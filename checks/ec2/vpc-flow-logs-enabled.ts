import { defineCheck } from '../../src/check/define.js';
import { vpcRef } from '../../src/check/kit/ec2-refs.js';

/** CIS asks for at least rejected packets: a flow log of ALL or REJECT traffic records them; ACCEPT alone does not. */
const RECORDS_REJECTS = new Set(['ALL', 'REJECT']);

export default defineCheck({
  id: 'ec2.vpc-flow-logs-enabled',
  title: 'Every VPC has an active flow log that records rejected traffic',
  description:
    'VPC flow logs record the IP traffic of every network interface in the VPC. Without a flow log on the VPC that captures at least rejected traffic (ALL or REJECT), scans, blocked intrusion attempts and exfiltration paths leave no network trace for investigators.',
  service: 'ec2',
  resourceType: 'AWS::EC2::VPC',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a flow log on the VPC with traffic type REJECT (or ALL), delivered to CloudWatch Logs or S3.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
  },
  async run({ scope, inventory, result }) {
    const [vpcs, flowLogs] = await Promise.all([inventory.ec2.vpcs(scope.region), inventory.ec2.flowLogs(scope.region)]);
    return vpcs.map((vpc) => {
      const ref = vpcRef(scope, vpc.VpcId!);
      // Subnet- and interface-level flow logs do not cover the whole VPC; only ResourceId = VpcId counts.
      const own = flowLogs.filter((f) => f.ResourceId === vpc.VpcId);
      const summary = own.map((f) => ({
        FlowLogId: f.FlowLogId ?? null,
        TrafficType: f.TrafficType ?? null,
        FlowLogStatus: f.FlowLogStatus ?? null,
        DeliverLogsStatus: f.DeliverLogsStatus ?? null,
      }));
      // A log AWS cannot deliver (DeliverLogsStatus FAILED: missing role or destination) records nothing.
      const good = own.filter((f) => f.FlowLogStatus === 'ACTIVE' && RECORDS_REJECTS.has(f.TrafficType ?? '') && f.DeliverLogsStatus !== 'FAILED');
      const evidence = { IsDefault: vpc.IsDefault ?? null, FlowLogs: summary };
      if (good.length) return result.pass(ref, `VPC ${vpc.VpcId} has flow log ${good[0]!.FlowLogId} recording ${good[0]!.TrafficType} traffic`, evidence);
      return own.length
        ? result.fail(ref, `VPC ${vpc.VpcId} has no active flow log recording rejected traffic (${own.map((f) => `${f.FlowLogId}: ${f.TrafficType}/${f.FlowLogStatus}/${f.DeliverLogsStatus}`).join(', ')})`, evidence)
        : result.fail(ref, `VPC ${vpc.VpcId} has no flow log`, evidence);
    });
  },
});
