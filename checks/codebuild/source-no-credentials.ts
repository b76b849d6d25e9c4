import { defineCheck } from '../../src/check/define.js';
import { urlCarriesCredentials, urlCredentials } from '../../src/lib/url-credentials.js';

export default defineCheck({
  id: 'codebuild.source-no-credentials',
  title: 'CodeBuild source repository URLs carry no sign-in credentials',
  description:
    'FSBP CodeBuild.1. A password or access token written into a source location (https://user:token@bitbucket.org/…) is readable ' +
    'by anyone with codebuild:BatchGetProjects, appears in the console and in build logs, and is never rotated with the connection. ' +
    'Judged: the primary and secondary source locations of every project; FAILs on a password after the user name, or a user part ' +
    'the secret detector recognises as a token (src/lib/secrets.ts). A user name alone is not a credential and PASSes. Evidence names ' +
    'the source and what was found, never the URL.',
  service: 'codebuild',
  resourceType: 'AWS::CodeBuild::Project',
  severity: 'critical',
  duty: 'secrets-management',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Connect the repository through an AWS CodeConnections connection or a source credential (import-source-credentials), set the plain repository URL, and revoke the exposed token.',
    cli: 'aws codebuild update-project --name <project> --source type=BITBUCKET,location=https://bitbucket.org/<workspace>/<repo>.git',
    url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens.html',
  },
  async run({ scope, inventory, result }) {
    const projects = await inventory.codebuild.projects(scope.region);
    return projects.map((p) => {
      const ref = { arn: p.arn!, id: p.name! };
      const sources = [
        { sourceIdentifier: 'primary', type: p.source?.type ?? null, location: p.source?.location },
        ...(p.secondarySources ?? []).map((s) => ({ sourceIdentifier: s.sourceIdentifier ?? 'secondary', type: s.type ?? null, location: s.location })),
      ];
      const judged = sources.map((s) => {
        const c = s.location ? urlCredentials(s.location) : null;
        return {
          sourceIdentifier: s.sourceIdentifier,
          type: s.type,
          credentials: urlCarriesCredentials(c),
          ...(c ? { userInfo: { password: c.hasPassword, tokenKinds: c.userKinds } } : {}),
        };
      });
      const leaky = judged.filter((s) => s.credentials);
      const evidence = { sources: judged };
      return leaky.length
        ? result.fail(ref, `Project ${p.name} has sign-in credentials in the location of source(s) ${leaky.map((s) => s.sourceIdentifier).join(', ')}`, evidence)
        : result.pass(ref, `Project ${p.name} has no credentials in its source location(s)`, evidence);
    });
  },
});
