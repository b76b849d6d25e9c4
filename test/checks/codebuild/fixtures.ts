import type { Project } from '@aws-sdk/client-codebuild';

/**
 * AWS-shaped answers (CodeBuild API reference: Project). AWS always returns
 * environment.privilegedMode and logsConfig (CloudWatch Logs ENABLED unless turned off).
 * Credential-looking values below are fakes of the documented formats.
 */
export const project = (name: string, over: Partial<Project> = {}): Project => ({
  name,
  arn: `arn:aws:codebuild:eu-west-1:111122223333:project/${name}`,
  source: { type: 'GITHUB', location: `https://github.com/example/${name}.git` },
  environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL', privilegedMode: false, environmentVariables: [] },
  serviceRole: 'arn:aws:iam::111122223333:role/codebuild',
  logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
  ...over,
});

/** AWS's documented example access key id: matches the format, grants nothing. */
export const FAKE_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const FAKE_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
