import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';

export default defineCheck({
  id: 'codebuild.privileged-mode-disabled',
  title: 'CodeBuild projects do not run builds in privileged mode',
  description:
    'FSBP CodeBuild.5. Privileged mode gives the build container the Docker daemon and root on the build host\'s kernel features: ' +
    'any dependency or buildspec the build runs gets that power together with the service role\'s credentials. Keep it for projects ' +
    'that build container images and nowhere else. AWS always returns environment.privilegedMode; an answer without it is ERROR, ' +
    'never read as off.',
  service: 'codebuild',
  resourceType: 'AWS::CodeBuild::Project',
  severity: 'high',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn privileged mode off, or move image builds to a dedicated project whose service role and source are limited to that job.',
    cli: 'aws codebuild update-project --name <project> --environment type=<type>,image=<image>,computeType=<compute>,privilegedMode=false',
    url: 'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectEnvironment.html',
  },
  async run({ scope, inventory, result }) {
    const projects = await inventory.codebuild.projects(scope.region);
    const ref = (p: (typeof projects)[number]) => ({ arn: p.arn!, id: p.name! });
    return result.forEach(projects, ref, (p) => {
      const privileged = p.environment?.privilegedMode;
      if (typeof privileged !== 'boolean') {
        throw invalidData({ service: 'codebuild', operation: 'BatchGetProjects', account: scope.account, region: scope.region }, `project ${p.name} has no environment.privilegedMode`);
      }
      const evidence = { privilegedMode: privileged, image: p.environment?.image ?? null };
      return privileged
        ? result.fail(ref(p), `Project ${p.name} runs builds in privileged mode`, evidence)
        : result.pass(ref(p), `Project ${p.name} does not run builds in privileged mode`, evidence);
    });
  },
});
