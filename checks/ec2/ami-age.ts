import { defineCheck } from '../../src/check/define.js';
import { instanceRef } from '../../src/check/kit/ec2-refs.js';
import { daysBetween } from '../../src/util/dates.js';

export default defineCheck({
  id: 'ec2.ami-age',
  title: 'Running EC2 instances were launched from an AMI created within the last 180 days',
  description:
    'An instance launched from an old image starts with an old OS, and an old image usually means the fleet is patched in place, if at all, instead of being rebuilt from a current baseline. ' +
    'Each running instance\'s AMI (ImageId) must have a CreationDate no more than maxAgeDays (default 180) before the scan. An AMI that DescribeImages no longer returns ' +
    '(deregistered, or no longer shared with the account) fails too: its age cannot be shown and nothing can be launched from it again, so the instance cannot be rebuilt from the image it runs. ' +
    'Stopped and terminated instances are not judged; the patch level of the running OS is judged by ssm.instance-patch-compliant, not here.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Instance',
  severity: 'medium',
  duty: 'patch-management',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Build a current, patched AMI (EC2 Image Builder pipeline or the latest vendor image) and replace the instance, or its Auto Scaling group launch template, with one launched from it.',
    cli: 'aws ssm get-parameter --name /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --query Parameter.Value --output text',
    url: 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html',
  },
  options: { maxAgeDays: 180 },
  async run({ scope, inventory, result, options, now }) {
    const running = (await inventory.ec2.instances(scope.region)).filter((i) => i.State?.Name === 'running');
    if (!running.length) return [];
    const ids = [...new Set(running.flatMap((i) => (i.ImageId ? [i.ImageId] : [])))];
    const images = new Map((await inventory.ec2.images(scope.region, ids)).map((img) => [img.ImageId, img]));
    const ref = (id: string) => instanceRef(scope, id);
    return result.forEach(running, (i) => ref(i.InstanceId!), (i) => {
      const id = i.InstanceId!;
      const image = i.ImageId ? images.get(i.ImageId) : undefined;
      const base = { ImageId: i.ImageId ?? null, maxAgeDays: options.maxAgeDays };
      // EC2 still returns a recently deregistered image (State deregistered) for a while, then nothing.
      if (!image || image.State === 'deregistered') {
        return result.fail(ref(id), `Instance ${id} runs from AMI ${i.ImageId ?? '(none)'}, which is deregistered or no longer shared with the account: its age cannot be shown`, { ...base, describable: Boolean(image), State: image?.State ?? null });
      }
      const created = image.CreationDate ? new Date(image.CreationDate) : undefined;
      const evidence = { ...base, describable: true, State: image.State ?? null, ImageName: image.Name ?? null, CreationDate: image.CreationDate ?? null, DeprecationTime: image.DeprecationTime ?? null };
      if (!created || Number.isNaN(created.getTime())) {
        return result.fail(ref(id), `Instance ${id} runs from AMI ${i.ImageId} whose creation date is not known: its age cannot be shown`, evidence);
      }
      const age = daysBetween(created, now);
      return age > options.maxAgeDays
        ? result.fail(ref(id), `Instance ${id} runs from AMI ${i.ImageId} created ${age} days ago (more than ${options.maxAgeDays})`, { ...evidence, ageDays: age })
        : result.pass(ref(id), `Instance ${id} runs from AMI ${i.ImageId} created ${age} days ago (at most ${options.maxAgeDays})`, { ...evidence, ageDays: age });
    });
  },
});
