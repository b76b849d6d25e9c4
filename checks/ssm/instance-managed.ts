import { defineCheck } from '../../src/check/define.js';
import { instanceRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ssm.instance-managed',
  title: 'Running EC2 instances are managed by Systems Manager with the agent online',
  description:
    'An instance that Systems Manager does not manage cannot be patched, inventoried or reached by Run Command and Session Manager, so its guest OS drifts unseen. ' +
    'Every running instance must appear in DescribeInstanceInformation with PingStatus Online; one that is not registered, or whose agent is ConnectionLost or Inactive, fails. ' +
    'Stopped and terminated instances are not judged, and neither is whether the instance is patched (ssm.instance-patch-compliant).',
  service: 'ssm',
  resourceType: 'AWS::EC2::Instance',
  severity: 'medium',
  duty: 'patch-management',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Install or start the SSM Agent, give the instance an instance profile with the AmazonSSMManagedInstanceCore policy (or turn on Default Host Management Configuration), and let it reach the ssm, ssmmessages and ec2messages endpoints.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-with-AmazonSSMManagedInstanceCore>',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/troubleshooting-managed-nodes.html',
  },
  async run({ scope, inventory, result }) {
    const running = (await inventory.ec2.instances(scope.region)).filter((i) => i.State?.Name === 'running');
    if (!running.length) return [];
    const managed = new Map((await inventory.ssm.instanceInformation(scope.region)).map((m) => [m.InstanceId, m]));
    const ref = (id: string) => instanceRef(scope, id);
    return result.forEach(running, (i) => ref(i.InstanceId!), (i) => {
      const id = i.InstanceId!;
      const info = managed.get(id);
      if (!info) return result.fail(ref(id), `Instance ${id} is not registered with Systems Manager`, { registered: false, PingStatus: null });
      const evidence = {
        registered: true,
        PingStatus: info.PingStatus ?? null,
        LastPingDateTime: info.LastPingDateTime?.toISOString() ?? null,
        AgentVersion: info.AgentVersion ?? null,
        PlatformName: info.PlatformName ?? null,
      };
      return info.PingStatus === 'Online'
        ? result.pass(ref(id), `Instance ${id} is managed by Systems Manager and its agent is online`, evidence)
        : result.fail(ref(id), `Instance ${id} is registered with Systems Manager but its agent is ${info.PingStatus ?? 'of unknown status'}`, evidence);
    });
  },
});
