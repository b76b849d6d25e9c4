import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';

export default defineCheck({
  id: 'codebuild.logging-enabled',
  title: 'CodeBuild projects deliver build logs to CloudWatch Logs or S3',
  description:
    'FSBP CodeBuild.4. Build logs show what a build fetched, ran and published: the record a supply-chain investigation needs. ' +
    'PASS when logsConfig has CloudWatch Logs or S3 logs ENABLED. AWS always returns logsConfig (CloudWatch Logs is on unless ' +
    'turned off); an answer without it is ERROR, never read as off or on.',
  service: 'codebuild',
  resourceType: 'AWS::CodeBuild::Project',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable CloudWatch Logs (or S3) logging for the project.',
    cli: 'aws codebuild update-project --name <project> --logs-config cloudWatchLogs={status=ENABLED}',
    url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/change-project-console-logs.html',
  },
  async run({ scope, inventory, result }) {
    const projects = await inventory.codebuild.projects(scope.region);
    const ref = (p: (typeof projects)[number]) => ({ arn: p.arn!, id: p.name! });
    return result.forEach(projects, ref, (p) => {
      const logs = p.logsConfig;
      if (!logs) throw invalidData({ service: 'codebuild', operation: 'BatchGetProjects', account: scope.account, region: scope.region }, `project ${p.name} has no logsConfig`);
      const cw = logs.cloudWatchLogs?.status ?? null;
      const s3 = logs.s3Logs?.status ?? null;
      const evidence = { 'cloudWatchLogs.status': cw, 's3Logs.status': s3 };
      const where = [cw === 'ENABLED' ? 'CloudWatch Logs' : '', s3 === 'ENABLED' ? 'S3' : ''].filter(Boolean);
      return where.length
        ? result.pass(ref(p), `Project ${p.name} delivers build logs to ${where.join(' and ')}`, evidence)
        : result.fail(ref(p), `Project ${p.name} delivers build logs nowhere (CloudWatch Logs ${String(cw)}, S3 ${String(s3)})`, evidence);
    });
  },
});
