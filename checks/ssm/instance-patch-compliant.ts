import { defineCheck } from '../../src/check/define.js';
import { instanceRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ssm.instance-patch-compliant',
  title: 'SSM-managed EC2 instances are compliant with their patch baseline',
  description:
    'Patching the guest OS of an EC2 instance is the customer\'s duty. Judges the Patch compliance summary that Patch Manager keeps for each running, SSM-managed instance ' +
    '(ListResourceComplianceSummaries, ComplianceType Patch): NON_COMPLIANT fails with the missing patches counted by severity; an instance with no Patch summary fails too, ' +
    'because it was never scanned by Patch Manager and so nothing shows it is patched. Instances that Systems Manager does not manage are left to ssm.instance-managed; ' +
    'stopped instances are not judged. The age of the last scan is shown as evidence, not judged.',
  service: 'ssm',
  resourceType: 'AWS::EC2::Instance',
  severity: 'high',
  duty: 'patch-management',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Scan and install missing patches with Patch Manager (a patch policy in Quick Setup, or a maintenance window running AWS-RunPatchBaseline), and schedule regular scans so every managed instance reports Patch compliance.',
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<instance-id> --parameters Operation=Install',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
  },
  async run({ scope, inventory, result }) {
    const running = (await inventory.ec2.instances(scope.region)).filter((i) => i.State?.Name === 'running');
    if (!running.length) return [];
    const managed = new Set((await inventory.ssm.instanceInformation(scope.region)).map((m) => m.InstanceId));
    const judged = running.filter((i) => managed.has(i.InstanceId));
    if (!judged.length) return [];
    const summaries = new Map((await inventory.ssm.patchComplianceSummaries(scope.region)).map((s) => [s.ResourceId, s]));
    const ref = (id: string) => instanceRef(scope, id);
    return result.forEach(judged, (i) => ref(i.InstanceId!), (i) => {
      const id = i.InstanceId!;
      const s = summaries.get(id);
      if (!s) return result.fail(ref(id), `Instance ${id} has no patch compliance data (never scanned by Patch Manager)`, { Status: null });
      const sev = s.NonCompliantSummary?.SeveritySummary;
      const evidence = {
        Status: s.Status ?? null,
        OverallSeverity: s.OverallSeverity ?? null,
        ExecutionTime: s.ExecutionSummary?.ExecutionTime?.toISOString() ?? null,
        NonCompliantCount: s.NonCompliantSummary?.NonCompliantCount ?? 0,
        NonCompliantBySeverity: {
          Critical: sev?.CriticalCount ?? 0,
          High: sev?.HighCount ?? 0,
          Medium: sev?.MediumCount ?? 0,
          Low: sev?.LowCount ?? 0,
          Informational: sev?.InformationalCount ?? 0,
          Unspecified: sev?.UnspecifiedCount ?? 0,
        },
      };
      if (s.Status === 'COMPLIANT') return result.pass(ref(id), `Instance ${id} is compliant with its patch baseline`, evidence);
      if (s.Status === 'NON_COMPLIANT') return result.fail(ref(id), `Instance ${id} is missing ${evidence.NonCompliantCount} patch(es) of its baseline`, evidence);
      // Compliance must be shown: a summary without a known status shows nothing.
      return result.fail(ref(id), `Instance ${id} has a patch compliance summary without a status (${s.Status ?? 'absent'})`, evidence);
    });
  },
});
